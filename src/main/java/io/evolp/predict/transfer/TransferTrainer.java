package io.evolp.predict.transfer;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.predict.CvRow;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.TrainOptions;
import io.evolp.predict.eval.Metrics;
import io.evolp.predict.eval.Split;
import io.evolp.predict.eval.Splits;
import io.evolp.predict.features.LayerFeatures;
import io.evolp.predict.gbt.BoostParams;
import io.evolp.predict.gbt.Boosting;
import io.evolp.predict.gbt.GbtModel;
import io.evolp.task.ProgressMonitor;

import java.util.ArrayList;
import java.util.List;

/**
 * Trains a {@link TransferPredictor}: every candidate is cross-validated on the target rows alone
 * (k ≤ {@value #FOLDS} folds stratified by key), the lowest out-of-fold MAPE wins and is refitted on
 * all target rows. With fewer than {@value #MIN_CV} rows cross-validation says nothing useful and the
 * untouched source with a global scale is taken — the candidate with a single parameter.
 */
public final class TransferTrainer {

    static final int FOLDS = 5;
    static final int MIN_CV = 6;
    /** Below this many rows boosted trees get a fixed small ensemble instead of early stopping. */
    static final int SMALL = 40;

    private TransferTrainer() {
    }

    public static TransferPredictor train(LayerDataset target, LatencyPredictor source, String sourceName, TrainOptions opts,
                                          ProgressMonitor pm) {
        if (target.isEmpty()) throw new IllegalArgumentException("transfer needs at least one target row");
        ProgressMonitor monitor = pm == null ? ProgressMonitor.NONE : pm;
        int n = target.size();
        double[] ls = new double[n];
        for (int i = 0; i < n; i++) ls[i] = TransferPredictor.logSource(source, target.config(i));
        if (n < MIN_CV) {
            TransferPredictor p = fit(TransferPredictor.SCALE, target, ls, source, sourceName, opts.seed(), 0, List.of());
            monitor.progress(1, 1, "too few rows for cross-validation: source + global scale");
            return p;
        }
        int k = Math.min(FOLDS, n);
        List<Split> folds = Splits.kfold(target, k, opts.seed());
        List<String> cands = TransferPredictor.CANDIDATES;
        double[][] predicted = new double[cands.size()][n];
        for (int f = 0; f < folds.size(); f++) {
            monitor.checkCancelled();
            monitor.progress(f, k + 1, "cross-validating transfer candidates: fold " + (f + 1) + " of " + k);
            Split s = folds.get(f);
            LayerDataset train = target.subset(s.train());
            double[] lsTrain = pick(ls, s.train());
            for (int j = 0; j < cands.size(); j++) {
                TransferPredictor p = fit(cands.get(j), train, lsTrain, source, sourceName, opts.seed(), 0, List.of());
                for (int row : s.test()) predicted[j][row] = p.predictLayer(target.config(row));
            }
        }
        double[] measured = new double[n];
        for (int i = 0; i < n; i++) measured[i] = target.latency(i);
        List<CvRow> cv = new ArrayList<>();
        CvRow best = null;
        for (int j = 0; j < cands.size(); j++) {
            Metrics m = Metrics.of(predicted[j], measured);
            CvRow r = new CvRow(cands.get(j), m.mape(), m.acc10());
            cv.add(r);
            if (best == null || r.mape() < best.mape()) best = r;
        }
        monitor.progress(k, k + 1, "fitting " + best.candidate() + " on all " + n + " target rows");
        TransferPredictor p = fit(best.candidate(), target, ls, source, sourceName, opts.seed(), k, cv);
        monitor.progress(k + 1, k + 1, "transfer chose " + best.candidate());
        return p;
    }

    /**
     * Every candidate fitted on all of {@code target}: an ensemble whose spread says where the target
     * rows leave the transfer unsure (active sampling).
     */
    public static List<TransferPredictor> ensemble(LayerDataset target, LatencyPredictor source, long seed) {
        double[] ls = new double[target.size()];
        for (int i = 0; i < ls.length; i++) ls[i] = TransferPredictor.logSource(source, target.config(i));
        List<TransferPredictor> out = new ArrayList<>();
        for (String m : TransferPredictor.CANDIDATES) out.add(fit(m, target, ls, source, "ensemble", seed, 0, List.of()));
        return out;
    }

    /** One candidate fitted on {@code data}, whose rows' log source predictions are {@code ls}. */
    static TransferPredictor fit(String method, LayerDataset data, double[] ls, LatencyPredictor source, String sourceName,
                                 long seed, int folds, List<CvRow> cv) {
        int n = data.size();
        List<LayerConfig> layers = new ArrayList<>(n);
        double[] lt = new double[n];
        for (int i = 0; i < n; i++) {
            layers.add(data.config(i));
            lt[i] = Math.log(Math.max(data.latency(i), 1e-9));
        }
        ScaleModel scale = null;
        GbtModel trees = null;
        switch (method) {
            case TransferPredictor.SCALE -> scale = ScaleModel.fit(layers, ls, lt, false, false);
            case TransferPredictor.FAMILY -> scale = ScaleModel.fit(layers, ls, lt, false, true);
            case TransferPredictor.LOGLINEAR -> scale = ScaleModel.fit(layers, ls, lt, true, true);
            case TransferPredictor.RESIDUAL -> {
                scale = ScaleModel.fit(layers, ls, lt, true, true);
                double[][] x = LayerFeatures.columns(layers);
                double[] r = new double[n];
                for (int i = 0; i < n; i++) r[i] = lt[i] - scale.predictLog(layers.get(i), ls[i]);
                BoostParams p = BoostParams.defaults().withDepth(3);
                if (n < SMALL) p = p.withTrees(Math.max(10, n)).withoutEarlyStopping();
                trees = Boosting.train(x, r, LayerFeatures.groups(), p, seed + 7, t -> { });
            }
            case TransferPredictor.FEATURE -> {
                // columns, x[feature][row], as the tree trainers take them: layer features, then log source
                double[][] x = new double[LayerFeatures.COUNT + 1][];
                double[][] f = LayerFeatures.columns(layers);
                System.arraycopy(f, 0, x, 0, LayerFeatures.COUNT);
                x[LayerFeatures.COUNT] = ls.clone();
                BoostParams p = BoostParams.defaults().withDepth(3);
                if (n < SMALL) p = p.withTrees(Math.max(20, 4 * n)).withoutEarlyStopping();
                trees = Boosting.train(x, lt, null, p, seed + 11, t -> { });
            }
            default -> throw new IllegalArgumentException("unknown transfer method '" + method + "'");
        }
        return new TransferPredictor(data.device(), source, sourceName, method, scale, trees, n, folds, cv);
    }

    private static double[] pick(double[] v, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) out[i] = v[rows[i]];
        return out;
    }
}
