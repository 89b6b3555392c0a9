package io.evolp.workflow;

import io.evolp.core.LayerDataset;
import io.evolp.predict.AutoPredictor;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.predict.eval.EvaluationReport;
import io.evolp.predict.Evaluator;
import io.evolp.predict.eval.Split;
import io.evolp.predict.eval.Splits;
import io.evolp.task.ProgressMonitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Split-train-evaluate, the one recipe behind the Predictors screen's "Train", {@code evolp validate},
 * the welcome screen's "start from", the sample project and the README screenshots: one seeded split
 * of the dataset (a stratified holdout, or k folds) shared by every kind asked for, so kinds are
 * compared on exactly the same rows; each kind trained on the training rows only (seeded with the
 * split's seed) and evaluated on the rows it never saw.
 */
public final class TrainEvaluate {

    /**
     * What to train and how to test it.
     *
     * @param testFraction holdout share of the rows (ignored with folds)
     * @param folds        0 for a holdout, else k-fold cross-validation with k = folds (at least 2)
     * @param seed         seeds the split and the training
     */
    public record Request(LayerDataset data, List<String> kinds, double testFraction, int folds, long seed) {

        public Request {
            kinds = List.copyOf(kinds);
            if (kinds.isEmpty()) throw new IllegalArgumentException("no predictor kind to train");
            for (String k : kinds) {
                if (!Predictors.kinds().contains(k)) {
                    throw new IllegalArgumentException("unknown predictor '" + k + "'; choose from " + Predictors.kinds());
                }
            }
            if (folds == 0 && !(testFraction > 0 && testFraction < 1)) {
                throw new IllegalArgumentException("the test fraction must lie strictly between 0 and 1, was " + testFraction);
            }
            if (folds != 0 && folds < 2) throw new IllegalArgumentException("folds must be at least 2, was " + folds);
        }

        public static Request holdout(LayerDataset data, List<String> kinds, double testFraction, long seed) {
            return new Request(data, kinds, testFraction, 0, seed);
        }

        public static Request crossValidation(LayerDataset data, List<String> kinds, int folds, long seed) {
            return new Request(data, kinds, 0, folds, seed);
        }

        public boolean crossValidated() { return folds != 0; }

        TrainOptions options() { return TrainOptions.defaults().withSeed(seed); }
    }

    /**
     * One kind, trained and tested.
     *
     * @param predictor the predictor trained on the holdout's training rows; null after
     *                  cross-validation (one predictor per fold, none of them the answer)
     * @param autos     the auto predictors trained on the way (one per fold, or the predictor), so a
     *                  face can show which candidate each training split chose
     */
    public record Trained(String kind, LatencyPredictor predictor, EvaluationReport report, List<AutoPredictor> autos) {
        public Trained {
            autos = List.copyOf(autos);
        }
    }

    private TrainEvaluate() {
    }

    /**
     * Why the request's split leaves nothing to train on or nothing to test, if it does: one row used
     * to give NaN metrics, which a script takes for success.
     */
    public static Optional<String> untestable(Request r) {
        int n = r.data().size();
        if (r.crossValidated()) {
            return r.folds() <= n ? Optional.empty() : Optional.of(n + " valid row(s) cannot be split into " + r.folds()
                    + " folds; use " + Math.max(2, n) + " folds or fewer, or more data");
        }
        Split split = Splits.holdout(r.data(), r.testFraction(), r.seed());
        if (split.test().length > 0 && split.train().length > 0) return Optional.empty();
        return Optional.of("nothing to test: a holdout of " + Math.round(r.testFraction() * 100) + "% of " + n
                + " valid row(s) leaves " + split.train().length + " to train on and " + split.test().length
                + " to test; validation needs more rows");
    }

    /**
     * Every kind of the request, in order, each getting an equal part of {@code pm}'s progress.
     *
     * @throws IllegalArgumentException when the split leaves nothing to train on or to test
     * @throws io.evolp.task.CancelledException when {@code pm} is cancelled (nothing is returned then)
     */
    public static List<Trained> run(Request r, ProgressMonitor pm) {
        untestable(r).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        List<Trained> out = new ArrayList<>();
        for (int k = 0; k < r.kinds().size(); k++) {
            pm.checkCancelled();
            String kind = r.kinds().get(k);
            out.add(one(r, kind, ProgressParts.part(pm, k, r.kinds().size(), kind + ": ")));
        }
        return out;
    }

    /** One kind of the request (a face that prints each kind as it finishes calls this per kind). */
    public static Trained one(Request r, String kind, ProgressMonitor pm) {
        if (!r.kinds().contains(kind)) throw new IllegalArgumentException(kind + " is not part of the request");
        List<AutoPredictor> autos = new ArrayList<>();
        if (r.crossValidated()) {
            EvaluationReport report = Evaluator.crossValidate(d -> train(kind, d, r, ProgressMonitor.NONE, autos),
                    r.data(), r.folds(), r.seed(), pm);
            return new Trained(kind, null, report, autos);
        }
        Split split = Splits.holdout(r.data(), r.testFraction(), r.seed());
        LatencyPredictor p = train(kind, r.data().subset(split.train()), r, pm, autos);
        pm.checkCancelled();
        pm.progress(1, 1, "evaluating on " + split.test().length + " test rows");
        return new Trained(kind, p, Evaluator.evaluate(p, r.data(), split.test()), autos);
    }

    private static LatencyPredictor train(String kind, LayerDataset rows, Request r, ProgressMonitor pm,
                                          List<AutoPredictor> autos) {
        LatencyPredictor p = Predictors.train(kind, rows, r.options(), pm);
        if (p instanceof AutoPredictor a) autos.add(a);
        return p;
    }
}
