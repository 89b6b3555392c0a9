package io.evolp.predict;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.predict.forest.RandomForest;
import io.evolp.predict.features.LayerFeatures;
import io.evolp.task.ProgressMonitor;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * nn-Meter-style peer: one random forest over all layers of a device, predicting log(latency)
 * (latency spans decades, and errors are relative) and exponentiating. New forests use the shared
 * feature set {@link LayerFeatures} (both kernel dims, strides, paddings, depthwise flag, channel
 * alignment) with {@value #MTRY} features tried per split; files written before it carry the
 * original ten features (input size, cin, cout, kh, kw, sh, sw, groups, MACs, params, 3 per split)
 * and still load and predict as before. {@value #TREES} trees, leaves of at least
 * {@value #MIN_LEAF} samples, all seeded.
 *
 * <p>The forest predicts for any layer, but {@link #covers} is true only for keys seen in training:
 * elsewhere trees extrapolate flat, which the user should know about.
 */
public final class ForestPredictor implements LatencyPredictor {

    public static final String KIND = "forest";
    /** The features of forests written before {@link LayerFeatures} existed. */
    static final List<String> LEGACY_FEATURES = List.of("input_size", "cin", "cout", "kh", "kw", "sh", "sw", "groups", "macs", "params");
    static final int TREES = 100, MIN_LEAF = 2, MTRY = 9;
    /**
     * Extremely randomized trees (auto's {@code forest/extra}): half the features per split and leaves
     * of one row, as in scikit-learn's ExtraTreesRegressor with max_features 0.5 — unbiased where the
     * bootstrap and best-threshold search of the random forest overfit the grid of measured channels.
     */
    static final int EXTRA_TREES = 200, EXTRA_MIN_LEAF = 1, EXTRA_MTRY = LayerFeatures.COUNT / 2;

    private final String device;
    private final RandomForest forest;
    private final Set<ConfigKey> seen;
    private final boolean legacy;

    ForestPredictor(String device, RandomForest forest, Set<ConfigKey> seen, boolean legacy) {
        this.device = device;
        this.forest = forest;
        this.seen = Set.copyOf(seen);
        this.legacy = legacy;
    }

    static double[] legacyFeatures(LayerConfig c) {
        return new double[]{c.inputSize(), c.cin(), c.cout(), c.kh(), c.kw(), c.sh(), c.sw(), c.groups(),
                c.macs(), c.params()};
    }

    static ForestPredictor train(LayerDataset data, TrainOptions opts, ProgressMonitor pm) {
        return train(data, opts, false, pm);
    }

    /** Extremely randomized trees on the same features and target ({@link RandomForest#trainExtra}). */
    static ForestPredictor trainExtra(LayerDataset data, TrainOptions opts, ProgressMonitor pm) {
        return train(data, opts, true, pm);
    }

    private static ForestPredictor train(LayerDataset data, TrainOptions opts, boolean extra, ProgressMonitor pm) {
        int n = data.size();
        double[][] x = new double[LayerFeatures.COUNT][n];
        double[] y = new double[n];
        Set<ConfigKey> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            LayerConfig c = data.config(i);
            double[] f = LayerFeatures.of(c);
            for (int j = 0; j < f.length; j++) x[j][i] = f[j];
            y[i] = Math.log(Math.max(data.latency(i), 1e-9));
            seen.add(c.key());
        }
        pm.checkCancelled();
        int trees = extra ? EXTRA_TREES : TREES;
        pm.progress(0, trees, "growing trees");
        java.util.function.IntConsumer after = done -> {
            pm.checkCancelled();
            pm.progress(done, trees, "grown " + done + " of " + trees + " trees");
        };
        RandomForest forest = extra ? RandomForest.trainExtra(x, y, trees, EXTRA_MIN_LEAF, EXTRA_MTRY, opts.seed(), after)
                : RandomForest.train(x, y, trees, MIN_LEAF, MTRY, opts.seed(), after);
        return new ForestPredictor(data.device(), forest, seen, false);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String device() {
        return device;
    }

    @Override
    public double predictLayer(LayerConfig layer) {
        return Math.exp(forest.predict(legacy ? legacyFeatures(layer) : LayerFeatures.of(layer)));
    }

    @Override
    public boolean covers(ConfigKey key) {
        return seen.contains(key);
    }

    RandomForest forest() {
        return forest;
    }

    /** Whether the trees use the format-1 feature set. */
    boolean legacy() {
        return legacy;
    }

    public Set<ConfigKey> seenKeys() {
        return Collections.unmodifiableSet(new TreeSet<>(seen));
    }

}
