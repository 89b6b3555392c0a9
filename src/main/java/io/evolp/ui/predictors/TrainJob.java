package io.evolp.ui.predictors;

import io.evolp.core.LayerDataset;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.predict.eval.EvaluationReport;
import io.evolp.predict.eval.Evaluator;
import io.evolp.predict.eval.Split;
import io.evolp.predict.eval.Splits;
import io.evolp.task.ProgressMonitor;

import java.util.ArrayList;
import java.util.List;

/**
 * The work behind "Train": one seeded holdout split of the dataset, shared by every selected kind
 * (the same test rows for all, so the comparison is side by side), then train each kind on the
 * training rows and evaluate it on the test rows — exactly what {@code evolp validate} does. Runs
 * on a worker; nothing here touches JavaFX.
 */
final class TrainJob {

    /** One trained and evaluated predictor. */
    record Result(String kind, LatencyPredictor predictor, EvaluationReport report) {
    }

    private TrainJob() {
    }

    /** @throws io.evolp.task.CancelledException when {@code pm} is cancelled (nothing is returned then) */
    static List<Result> run(LayerDataset data, List<String> kinds, double testFraction, long seed, ProgressMonitor pm) {
        Split split = Splits.holdout(data, testFraction, seed);
        LayerDataset train = data.subset(split.train());
        TrainOptions opts = TrainOptions.defaults().withSeed(seed);
        List<Result> out = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            pm.checkCancelled();
            String kind = kinds.get(k);
            LatencyPredictor p = Predictors.train(kind, train, opts, part(pm, k, kinds.size(), kind));
            pm.checkCancelled();
            pm.progress(k + 1, kinds.size(), kind + ": evaluating on " + split.test().length + " test rows");
            out.add(new Result(kind, p, Evaluator.evaluate(p, data, split.test())));
        }
        return out;
    }

    /** The k-th of n equal parts of {@code pm}'s progress; cancellation passes through. */
    private static ProgressMonitor part(ProgressMonitor pm, int k, int n, String kind) {
        return new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String message) {
                double f = total > 0 ? Math.min(1, (double) done / total) : 0;
                pm.progress(Math.round((k + f) * 1000), n * 1000L, kind + ": " + (message == null ? "" : message));
            }

            @Override
            public boolean isCancelled() {
                return pm.isCancelled();
            }
        };
    }
}
