package io.evolp.predict.transfer;

import io.evolp.core.LayerDataset;
import io.evolp.predict.CvRow;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.TrainOptions;
import io.evolp.predict.eval.Metrics;
import io.evolp.predict.eval.Split;
import io.evolp.predict.eval.Splits;
import io.evolp.task.ProgressMonitor;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains a {@link TransferPredictor}: every candidate is cross-validated on the target rows alone
 * (k ≤ {@value #FOLDS} folds stratified by key, repeated with other shuffles when rows are few, since
 * one 5-fold split of 30 rows ranks close candidates by chance), {@link CvChoice} picks one and it is
 * refitted on all target rows. With fewer than {@value #MIN_CV} rows cross-validation says nothing
 * useful and the untouched source with a global scale is taken — the candidate with a single parameter.
 */
public final class TransferTrainer {

    static final int FOLDS = 5;
    static final int MIN_CV = 6;
    /** Below this many rows boosted trees get a fixed small ensemble instead of early stopping. */
    static final int SMALL = CandidateFit.SMALL;
    /**
     * The ensemble's members: the candidates that correct the source, as active sampling was tuned
     * with (the source-informed power laws came later and are left out so its picks stay as measured).
     */
    static final List<String> ENSEMBLE = List.of(TransferPredictor.SCALE, TransferPredictor.FAMILY, TransferPredictor.LOGLINEAR,
            TransferPredictor.RESIDUAL, TransferPredictor.FAMILY_GBT, TransferPredictor.FEATURE);

    private TransferTrainer() {
    }

    /** Repetitions of the k-fold cross-validation for {@code n} target rows. */
    static int repeats(int n) {
        return n < SMALL ? 4 : n < 120 ? 2 : 1;
    }

    public static TransferPredictor train(LayerDataset target, LatencyPredictor source, String sourceName, TrainOptions opts,
                                          ProgressMonitor pm) {
        if (target.isEmpty()) throw new IllegalArgumentException("transfer needs at least one target row");
        ProgressMonitor monitor = pm == null ? ProgressMonitor.NONE : pm;
        int n = target.size();
        double[] ls = logSources(target, source);
        if (n < MIN_CV) {
            TransferPredictor p = fit(TransferPredictor.SCALE, target, ls, source, sourceName, opts.seed(), 0, List.of());
            monitor.progress(1, 1, "too few rows for cross-validation: source + global scale");
            return p;
        }
        int k = Math.min(FOLDS, n), reps = repeats(n);
        List<String> cands = TransferPredictor.CANDIDATES;
        double[][][] err = new double[cands.size()][reps][n];
        double[][] pooledPred = new double[cands.size()][n * reps];
        double[] pooledMeasured = new double[n * reps];
        int steps = reps * k + 1, step = 0;
        for (int r = 0; r < reps; r++) {
            List<Split> folds = Splits.kfold(target, k, opts.seed() + 7919L * r);
            for (int f = 0; f < folds.size(); f++) {
                monitor.checkCancelled();
                monitor.progress(step++, steps, "cross-validating transfer candidates: fold " + (f + 1) + " of " + k
                        + (reps > 1 ? ", repetition " + (r + 1) + " of " + reps : ""));
                Split s = folds.get(f);
                LayerDataset train = target.subset(s.train());
                double[] lsTrain = pick(ls, s.train());
                for (int j = 0; j < cands.size(); j++) {
                    TransferPredictor p = fit(cands.get(j), train, lsTrain, source, sourceName, opts.seed() + r, 0, List.of());
                    for (int row : s.test()) {
                        double y = p.predictLayer(target.config(row));
                        err[j][r][row] = Math.log(Math.max(y, 1e-12) / Math.max(target.latency(row), 1e-12));
                        pooledPred[j][r * n + row] = y;
                        pooledMeasured[r * n + row] = target.latency(row);
                    }
                }
            }
        }
        List<CvRow> cv = new ArrayList<>();
        for (int j = 0; j < cands.size(); j++) {
            Metrics m = Metrics.of(pooledPred[j], pooledMeasured);
            cv.add(new CvRow(cands.get(j), m.mape(), m.acc10()));
        }
        // two defaults on few rows, the better of them by CV: the smooth source-informed law (noisy CPU
        // devices) and the ratio trees (runtimes that switch kernels by size, e.g. GPU precisions)
        String best = cands.get(CvChoice.choose(cands, err, new int[]{cands.indexOf(TransferPredictor.SOURCE_LAW),
                cands.indexOf(TransferPredictor.RATIO_TREES)}));
        monitor.progress(steps - 1, steps, "fitting " + best + " on all " + n + " target rows");
        TransferPredictor p = fit(best, target, ls, source, sourceName, opts.seed(), k, cv);
        monitor.progress(steps, steps, "transfer chose " + best);
        return p;
    }

    /**
     * The candidates that correct the source, fitted on all of {@code target}: an ensemble whose spread
     * says where the target rows leave the transfer unsure (active sampling). The target-only trees
     * are left out — with few rows they are unsure everywhere, which says nothing about where to measure.
     */
    public static List<TransferPredictor> ensemble(LayerDataset target, LatencyPredictor source, long seed) {
        double[] ls = logSources(target, source);
        List<TransferPredictor> out = new ArrayList<>();
        for (String m : ENSEMBLE) {
            out.add(fit(m, target, ls, source, "ensemble", seed, 0, List.of()));
        }
        return out;
    }

    /** One candidate fitted on {@code data}, whose rows' log source predictions are {@code ls}. */
    static TransferPredictor fit(String method, LayerDataset data, double[] ls, LatencyPredictor source, String sourceName,
                                 long seed, int folds, List<CvRow> cv) {
        return CandidateFit.fit(method, data, ls, source, sourceName, seed, folds, cv);
    }

    private static double[] logSources(LayerDataset data, LatencyPredictor source) {
        double[] ls = new double[data.size()];
        for (int i = 0; i < ls.length; i++) ls[i] = TransferPredictor.logSource(source, data.config(i));
        return ls;
    }

    private static double[] pick(double[] v, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) out[i] = v[rows[i]];
        return out;
    }
}
