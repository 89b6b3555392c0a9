package io.evolp.predict.transfer;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.predict.CvRow;
import io.evolp.predict.GbtPredictor;
import io.evolp.predict.GpPredictor;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.predict.features.LayerFeatures;
import io.evolp.predict.features.LogLinear;
import io.evolp.predict.forest.RandomForest;
import io.evolp.predict.forest.RegressionTree;
import io.evolp.predict.gbt.BoostParams;
import io.evolp.predict.gbt.Boosting;
import io.evolp.predict.gbt.GbtModel;
import io.evolp.task.ProgressMonitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fits one transfer candidate on a set of target rows. */
final class CandidateFit {

    /** Below this many rows boosted trees get a fixed small ensemble instead of early stopping. */
    static final int SMALL = 40;
    /** Depths tried (on an inner validation split) for trees that model the whole latency. */
    static final int[] DEPTHS = {3, 5};
    /**
     * Ridge per row on the log sizes of the source-informed power law. Offline on the four sample
     * architectures (30 and 100 target rows, both directions) 1e-6 and 1e-3 did alike (within 2
     * points of ±10 % accuracy); 1e-2 cost up to 6 points and 1e-1 or more up to 27 where the sizes
     * matter (InceptionV3 and VGG16, device A from B).
     */
    static final double LAW_RIDGE = 1e-3;

    /**
     * Trees of {@link TransferPredictor#RATIO_TREES}. Offline (scikit-learn, 300 trees, half the
     * features, leaves of one row) the ratio trees were the best of six learners at 30 rows on the
     * regular-conv V100 precision pairs tried (not on a depthwise one) and the best or tied on 11 of
     * 16 CPU pairs (devices A, B, D); 100 trees keep the file and the cross-validation small (each
     * fold fits every candidate).
     */
    static final int RATIO_TREE_COUNT = 100;

    private CandidateFit() {
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
        LogLinear law = null;
        LatencyPredictor gp = null;
        switch (method) {
            case TransferPredictor.SCALE -> scale = ScaleModel.fit(layers, ls, lt, false, false);
            case TransferPredictor.FAMILY -> scale = ScaleModel.fit(layers, ls, lt, false, true);
            case TransferPredictor.LOGLINEAR -> scale = ScaleModel.fit(layers, ls, lt, true, true);
            case TransferPredictor.RESIDUAL -> {
                // no slope under the trees: fitted across families it mixes their levels (MobileNet's
                // depthwise layers are ×34 or ×4 by alignment) and the trees then undo the damage
                scale = ScaleModel.fit(layers, ls, lt, false, true);
                trees = residual(LayerFeatures.columns(layers), remaining(scale, layers, ls, lt), seed + 7);
            }
            case TransferPredictor.FAMILY_GBT -> {
                // the family scale carries the level; trees on the log ratio may use the source's own
                // estimate to find where the ratio bends (e.g. small layers dominated by overhead)
                scale = ScaleModel.fit(layers, ls, lt, false, true);
                trees = residual(withSource(layers, ls), remaining(scale, layers, ls, lt), seed + 13);
            }
            case TransferPredictor.SOURCE_LAW, TransferPredictor.SOURCE_LAW_GBT -> {
                // the source's log latency as one regressor of a power law of the layer sizes: the
                // sizes carry what the source gets wrong as layers grow (unfused BN/ReLU cost grows with
                // the tensors, not with the convolution's time), family offsets what stays per kernel;
                // fitted robustly with a non-negative source weight (RobustSourceLaw says why)
                RobustSourceLaw.Fit fit = RobustSourceLaw.fit(layers, ls, lt, LAW_RIDGE);
                law = fit.law();
                scale = fit.scale();
                if (method.equals(TransferPredictor.SOURCE_LAW_GBT)) {
                    double[] rest = remaining(scale, layers, ls, lt);
                    for (int i = 0; i < n; i++) rest[i] -= law.predictLog(layers.get(i));
                    trees = residual(LayerFeatures.columns(layers), rest, seed + 23);
                }
            }
            case TransferPredictor.RATIO_TREES -> {
                // the source as it is (no scale, no family offsets) and extremely randomized trees on
                // the log ratio target/source, seeing the source too: where two runtimes of one device
                // pick different kernels by size (GPU precisions) the ratio jumps between neighbouring
                // layers, which averaged random splits follow and a power law or shallow boosting does not
                scale = new ScaleModel(0, 1, Map.of(), Map.of());
                double[] ratio = new double[n];
                for (int i = 0; i < n; i++) ratio[i] = lt[i] - ls[i];
                trees = averaged(RandomForest.trainExtra(withSource(layers, ls), ratio, RATIO_TREE_COUNT, 1,
                        (LayerFeatures.COUNT + 1) / 2, seed + 29, t -> { }));
            }
            case TransferPredictor.FEATURE -> trees = whole(withSource(layers, ls), lt, null, seed + 11);
            case TransferPredictor.TARGET -> trees = scratch(LayerFeatures.columns(layers), lt, seed + 17);
            case TransferPredictor.TARGET_SCALED -> {
                law = LogLinear.fit(layers, lt);
                double[] r = new double[n];
                for (int i = 0; i < n; i++) r[i] = lt[i] - law.predictLog(layers.get(i));
                trees = scratch(LayerFeatures.columns(layers), r, seed + 19);
            }
            // auto's gp on the target rows alone: where the target's latency is smooth in the layer sizes
            // it interpolates between few measured layers better than any correction of the source
            case TransferPredictor.TARGET_GP -> gp = Predictors.train(GpPredictor.KIND, data,
                    TrainOptions.defaults().withSeed(seed + 31), ProgressMonitor.NONE);
            default -> throw new IllegalArgumentException("unknown transfer method '" + method + "'");
        }
        return new TransferPredictor(data.device(), source, sourceName, method, scale, trees, law, gp, n, folds, cv);
    }

    /**
     * The target-only trees: what gbt (and, on the power law's remainder, auto's gbt/scaled) trains
     * from scratch, so that transfer has the from-scratch learner among its candidates and is not
     * worse than it where the source misleads (with the shallower {@link #DEPTHS} and no trial without
     * channel groups, VGG16 device A from B lost 6 points of ±10 % accuracy to auto on all rows).
     */
    private static GbtModel scratch(double[][] x, double[] y, long seed) {
        return GbtPredictor.fit(x, y, seed, true, ProgressMonitor.NONE);
    }

    /**
     * A forest as a sum of trees ({@code base + Σ tree}, as boosted trees are stored): the mean of T
     * trees is the sum of the trees with their leaves divided by T, so the transfer file keeps one
     * tree format for every candidate.
     */
    static GbtModel averaged(RandomForest forest) {
        int t = forest.trees().size();
        List<RegressionTree> out = new ArrayList<>(t);
        for (RegressionTree tree : forest.trees()) {
            double[] v = tree.value().clone();
            for (int i = 0; i < v.length; i++) if (tree.feature()[i] < 0) v[i] /= t;
            out.add(new RegressionTree(tree.feature(), v, tree.right()));
        }
        return new GbtModel(0, out);
    }

    private static double[] remaining(ScaleModel scale, List<LayerConfig> layers, double[] ls, double[] lt) {
        double[] r = new double[lt.length];
        for (int i = 0; i < r.length; i++) r[i] = lt[i] - scale.predictLog(layers.get(i), ls[i]);
        return r;
    }

    /** Columns x[feature][row]: layer features, then the log source prediction. */
    private static double[][] withSource(List<LayerConfig> layers, double[] ls) {
        double[][] x = new double[LayerFeatures.COUNT + 1][];
        double[][] f = LayerFeatures.columns(layers);
        System.arraycopy(f, 0, x, 0, LayerFeatures.COUNT);
        x[LayerFeatures.COUNT] = ls.clone();
        return x;
    }

    /** Shallow trees on a small correction; their number early-stopped once there are rows to spare. */
    private static GbtModel residual(double[][] x, double[] r, long seed) {
        int n = r.length;
        BoostParams p = BoostParams.defaults().withDepth(3);
        if (n < SMALL) p = p.withTrees(Math.max(10, n)).withoutEarlyStopping();
        int[] groups = x.length == LayerFeatures.COUNT ? LayerFeatures.groups() : null;
        return Boosting.train(x, r, groups, p, seed, t -> { });
    }

    /**
     * Trees for the whole log latency. With few rows a fixed small ensemble; with more, the depth is
     * chosen on an inner validation split and the early-stopped number of trees refitted on all rows,
     * so with every target row this candidate has the capacity of a predictor trained from scratch.
     */
    private static GbtModel whole(double[][] x, double[] y, int[] groups, long seed) {
        int n = y.length;
        BoostParams base = BoostParams.defaults();
        if (n < SMALL) return Boosting.train(x, y, groups, base.withDepth(3).withTrees(Math.max(20, 4 * n)).withoutEarlyStopping(), seed, t -> { });
        Boosting.Trial best = null;
        BoostParams chosen = base;
        for (int d : DEPTHS) {
            Boosting.Trial t = Boosting.trial(x, y, groups, base.withDepth(d), seed, tree -> { });
            if (best == null || t.validationMse() < best.validationMse()) {
                best = t;
                chosen = base.withDepth(d).withTrees(t.trees()).withoutEarlyStopping();
            }
        }
        return Boosting.train(x, y, groups, chosen, seed, t -> { });
    }
}
