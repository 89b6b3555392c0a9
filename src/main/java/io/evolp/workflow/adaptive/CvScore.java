package io.evolp.workflow.adaptive;

import io.evolp.core.LayerDataset;
import io.evolp.predict.AutoPredictor;
import io.evolp.predict.CvRow;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.predict.eval.Metrics;
import io.evolp.predict.eval.Split;
import io.evolp.predict.eval.Splits;
import io.evolp.predict.transfer.TransferPredictor;
import io.evolp.predict.transfer.TransferOrScratch;
import io.evolp.task.ProgressMonitor;

import java.util.List;

/**
 * Retrains the campaign's predictor on the rows measured so far — {@code auto}, or a transfer from the
 * source device — and scores it by cross-validation on those rows only (there is no other truth on a
 * new device). Where the trainer cross-validated its candidates (auto from 20 rows, transfer from 6),
 * the score is the chosen candidate's out-of-fold row of that table (slightly optimistic: the best of a
 * few); below that the whole training procedure is cross-validated here, k = min(5, rows) folds.
 */
public final class CvScore {

    static final int FOLDS = 5;

    /** The retrained predictor and its score. */
    public record Scored(LatencyPredictor predictor, double mape, double acc10, String label) {
    }

    private final TransferBase base;
    private final TrainOptions opts;

    /** @param base the source device, or null for {@code auto} from scratch */
    public CvScore(TransferBase base, long seed) {
        this.base = base;
        this.opts = TrainOptions.defaults().withSeed(seed);
    }

    public Scored train(LayerDataset rows, ProgressMonitor pm) {
        LatencyPredictor p = fit(rows, pm);
        CvRow row = chosenRow(p);
        if (row == null) row = crossValidate(rows, pm);
        return new Scored(p, row.mape(), row.acc10(), label(p));
    }

    private LatencyPredictor fit(LayerDataset rows, ProgressMonitor pm) {
        return base == null ? Predictors.train(AutoPredictor.KIND, rows, opts, pm)
                : TransferOrScratch.train(rows, base.predictor(), base.name(), opts, pm).predictor();
    }

    static CvRow chosenRow(LatencyPredictor p) {
        List<CvRow> cv = List.of();
        String chosen = null;
        if (p instanceof AutoPredictor a) {
            cv = a.crossValidation();
            chosen = a.chosenCandidate();
        } else if (p instanceof TransferPredictor t) {
            cv = t.crossValidation();
            chosen = t.method();
        }
        for (CvRow r : cv) if (r.candidate().equals(chosen)) return r;
        return null;
    }

    /** k-fold cross-validation of the whole training procedure; NaN below two rows. */
    CvRow crossValidate(LayerDataset rows, ProgressMonitor pm) {
        int n = rows.size();
        if (n < 2) return new CvRow("none", Double.NaN, Double.NaN);
        double[] predicted = new double[n];
        double[] measured = new double[n];
        for (Split s : Splits.kfold(rows, Math.min(FOLDS, n), opts.seed())) {
            pm.checkCancelled();
            if (s.train().length == 0) continue;
            LatencyPredictor p = fit(rows.subset(s.train()), ProgressMonitor.NONE);
            for (int r : s.test()) predicted[r] = p.predictLayer(rows.config(r));
        }
        for (int i = 0; i < n; i++) measured[i] = rows.latency(i);
        Metrics m = Metrics.of(predicted, measured);
        return new CvRow("procedure", m.mape(), m.acc10());
    }

    /**
     * What a predictor is, as the curve, the console and the workspace name it: {@code auto → gbt},
     * {@code transfer → source+power-law} (the candidate says whether the source was used at all).
     */
    public static String label(LatencyPredictor p) {
        if (p instanceof AutoPredictor a) return "auto → " + a.chosenCandidate();
        if (p instanceof TransferPredictor t) return "transfer → " + t.method();
        return p.kind();
    }
}
