package io.evolp.predict.transfer;

import io.evolp.core.LayerDataset;
import io.evolp.predict.AutoPredictor;
import io.evolp.predict.CvRow;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.task.ProgressMonitor;

import java.util.List;
import java.util.Locale;

/**
 * A transfer that cannot do clearly worse than starting from scratch: the {@link TransferPredictor}
 * and {@code auto} are both trained on the target rows, and auto is kept when its best candidate's
 * cross-validated MAPE is below {@value #MARGIN} × the transfer's best candidate's.
 *
 * <p>Why: the transfer's own target-only candidates were boosted trees only (its Gaussian process,
 * gp-target-only, came later), while auto also has extra trees, forests, the EvoLP MLP and, up to
 * 250 rows, a Gaussian process. When the source
 * says little about the target — another conv type (a regular-conv source for depthwise rows: V100
 * TensorRT, 100 rows, transfer 33 % within ±10 % against auto's 58 %), or a device whose layers
 * the source never saw — the transfer fell far behind a predictor trained on the same rows alone.
 * Both sides are best-of-several CV figures on the target rows only (the transfer's 5 folds
 * repeated, auto's 5 folds), so the comparison is fair in kind; the margin keeps the source
 * whenever the two are close, since its strength is rows it has not seen, which cross-validation on
 * few target rows under-rates. Below {@link #MIN_ROWS} rows auto has no cross-validation and the
 * transfer stays.
 */
public final class TransferOrScratch {

    /** Auto must beat the transfer's best CV MAPE by 10 % (relative) to replace it. */
    static final double MARGIN = 0.9;
    /** Auto cross-validates from 20 rows; below that there is nothing to compare. */
    static final int MIN_ROWS = 20;

    /**
     * @param predictor   what to use: the transfer, or auto when it clearly won
     * @param transfer    the transfer as trained (its CV table says why it lost, when it did)
     * @param scratch     auto on the target rows alone, or null below {@link #MIN_ROWS} rows
     */
    public record Choice(LatencyPredictor predictor, TransferPredictor transfer, AutoPredictor scratch) {

        public boolean scratchChosen() {
            return predictor != transfer;
        }

        /**
         * One line for the console and the GUI: what was kept (with the transfer, its chosen candidate) and
         * the two CV figures behind it — each side's lowest cross-validated MAPE, which on few rows need not be
         * the candidate chosen (CvChoice keeps a default unless another is clearly better).
         */
        public String summary() {
            if (scratch == null) {
                return "transfer kept (too few rows to cross-validate a predictor from scratch)";
            }
            CvRow a = best(scratch.crossValidation()), t = best(transfer.crossValidation());
            String figures = String.format(Locale.ROOT, "lowest cross-validated MAPE on the %d target rows: transfer's %s %.1f %%, "
                    + "auto's %s %.1f %%", transfer.rows(), t.candidate(), t.mape(), a.candidate(), a.mape());
            if (scratchChosen()) return "the source did not help: auto trained on the target rows alone is kept (" + figures + ")";
            // the transfer's CV may itself pick a candidate that ignores the source: say so, or a lab
            // would believe the known device shaped a predictor it did not
            return "transfer kept, " + transfer.method() + " (" + figures + ")"
                    + (TransferPredictor.targetOnly(transfer.method())
                    ? "; that candidate uses the target rows alone: on these rows the source did not lower the error" : "");
        }
    }

    private TransferOrScratch() {
    }

    public static Choice train(LayerDataset target, LatencyPredictor source, String sourceName, TrainOptions opts,
                               ProgressMonitor pm) {
        TransferPredictor t = TransferTrainer.train(target, source, sourceName, opts, pm);
        if (target.size() < MIN_ROWS) return new Choice(t, t, null);
        pm.checkCancelled();
        AutoPredictor a = (AutoPredictor) Predictors.train(AutoPredictor.KIND, target, opts, cancelOnly(pm));
        return new Choice(scratchWins(t.crossValidation(), a.crossValidation()) ? a : t, t, a);
    }

    /** True when auto's best CV MAPE is below {@link #MARGIN} × the transfer's best. */
    static boolean scratchWins(List<CvRow> transferCv, List<CvRow> autoCv) {
        CvRow t = best(transferCv), a = best(autoCv);
        return t != null && a != null && a.mape() < MARGIN * t.mape();
    }

    /** The row with the lowest finite MAPE, or null. */
    static CvRow best(List<CvRow> cv) {
        CvRow best = null;
        for (CvRow r : cv) {
            if (Double.isFinite(r.mape()) && (best == null || r.mape() < best.mape())) best = r;
        }
        return best;
    }

    /** Auto's own progress would fight the transfer's bar; its cancellation checks must still reach it. */
    private static ProgressMonitor cancelOnly(ProgressMonitor pm) {
        return new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { }
            @Override public boolean isCancelled() { return pm.isCancelled(); }
        };
    }
}
