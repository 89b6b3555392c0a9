package io.evolp.predict;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.predict.forest.RandomForest;
import io.evolp.predict.forest.RegressionTree;
import io.evolp.task.ProgressMonitor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * nn-Meter-style peer: one random forest over all layers of a device on the features input size,
 * cin, cout, kh, kw, sh, sw, groups, MACs and params, predicting log(latency) (latency spans
 * decades, and errors are relative) and exponentiating. {@value #TREES} trees, leaves of at least
 * {@value #MIN_LEAF} samples, {@value #MTRY} features tried per split, all seeded.
 *
 * <p>The forest predicts for any layer, but {@link #covers} is true only for keys seen in training:
 * elsewhere trees extrapolate flat, which the user should know about.
 */
public final class ForestPredictor implements LatencyPredictor, StoredPredictor {

    public static final String KIND = "forest";
    static final List<String> FEATURES = List.of("input_size", "cin", "cout", "kh", "kw", "sh", "sw", "groups", "macs", "params");
    static final int TREES = 100, MIN_LEAF = 2, MTRY = 3;

    private final String device;
    private final RandomForest forest;
    private final Set<ConfigKey> seen;

    ForestPredictor(String device, RandomForest forest, Set<ConfigKey> seen) {
        this.device = device;
        this.forest = forest;
        this.seen = Set.copyOf(seen);
    }

    static double[] features(LayerConfig c) {
        return new double[]{c.inputSize(), c.cin(), c.cout(), c.kh(), c.kw(), c.sh(), c.sw(), c.groups(),
                c.macs(), c.params()};
    }

    static ForestPredictor train(LayerDataset data, TrainOptions opts, ProgressMonitor pm) {
        int n = data.size();
        double[][] x = new double[FEATURES.size()][n];
        double[] y = new double[n];
        Set<ConfigKey> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            LayerConfig c = data.config(i);
            double[] f = features(c);
            for (int j = 0; j < f.length; j++) x[j][i] = f[j];
            y[i] = Math.log(Math.max(data.latency(i), 1e-9));
            seen.add(c.key());
        }
        pm.checkCancelled();
        pm.progress(0, TREES, "growing trees");
        RandomForest forest = RandomForest.train(x, y, TREES, MIN_LEAF, MTRY, opts.seed(), done -> {
            pm.checkCancelled();
            pm.progress(done, TREES, "grown " + done + " of " + TREES + " trees");
        });
        return new ForestPredictor(data.device(), forest, seen);
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
        return Math.exp(forest.predict(features(layer)));
    }

    @Override
    public boolean covers(ConfigKey key) {
        return seen.contains(key);
    }

    public Set<ConfigKey> seenKeys() {
        return Collections.unmodifiableSet(new TreeSet<>(seen));
    }

    @Override
    public void writeTo(ObjectNode node) {
        var names = node.putArray("features");
        FEATURES.forEach(names::add);
        var keys = node.putArray("seen_keys");
        new TreeSet<>(seen).forEach(k -> keys.add(k.label()));
        var trees = node.putArray("trees");
        for (RegressionTree t : forest.trees()) {
            ObjectNode tn = trees.addObject();
            var f = tn.putArray("feature");
            for (int v : t.feature()) f.add(v);
            var v = tn.putArray("value");
            for (double d : t.value()) v.add(d);
            var r = tn.putArray("right");
            for (int d : t.right()) r.add(d);
        }
    }

    static ForestPredictor read(String device, JsonFields f) {
        List<JsonFields> names = f.elements("features");
        if (names.size() != FEATURES.size()) throw f.field("features").fail("expected features " + FEATURES);
        Set<ConfigKey> seen = new HashSet<>();
        for (String label : f.texts("seen_keys")) {
            try {
                seen.add(ConfigKey.parse(label));
            } catch (IllegalArgumentException e) {
                throw f.field("seen_keys").fail(e.getMessage());
            }
        }
        List<RegressionTree> trees = new ArrayList<>();
        List<JsonFields> items = f.elements("trees");
        if (items.isEmpty()) throw f.field("trees").fail("'trees' must not be empty");
        for (JsonFields t : items) {
            RegressionTree tree;
            try {
                tree = new RegressionTree(t.ints("feature"), t.doubles("value"), t.ints("right"));
            } catch (IllegalArgumentException e) {
                throw t.fail(e.getMessage());
            }
            if (!tree.usesOnlyFeaturesBelow(FEATURES.size())) throw t.field("feature").fail("feature index out of range");
            trees.add(tree);
        }
        return new ForestPredictor(device, new RandomForest(trees), seen);
    }
}
