package io.evolp.predict;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.predict.features.LayerFeatures;
import io.evolp.predict.forest.RegressionTree;
import io.evolp.predict.gbt.GbtModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * A boosted ensemble evaluated exactly as table lookups for one configuration key. After
 * specialisation to the key, each tree of a group-constrained ensemble ({@link LayerFeatures#groups})
 * depends on one of cin, cout, MACs or params only, so the sum is
 * {@code base + Tin[cin] + Tout[cout] + S(macs) + S(params)}: two array reads and two binary
 * searches over the split values instead of hundreds of tree walks. Depthwise keys (cout = cin)
 * collapse into one table over cin. Channel counts beyond a table, grouped keys and trees that mix
 * groups (not produced by training; possible in hand-edited files) are walked as trees.
 */
final class KeyTable {

    private final ConfigKey key;
    private final double base;
    private final double[] tin, tout;   // index = channel count; null when not tabulated
    private final GbtModel cinTrees, coutTrees, rest;
    private final double[] macsThr, macsVal, paramsThr, paramsVal;

    KeyTable(GbtModel full, ConfigKey key) {
        this.key = key;
        GbtModel spec = PerKeyModels.specialise(full, key);
        int[] groupOf = LayerFeatures.groups();
        List<List<RegressionTree>> byGroup = new ArrayList<>();
        for (int g = 0; g < 5; g++) byGroup.add(new ArrayList<>());
        boolean tabulate = key.groupKind() == ConfigKey.DENSE || key.depthwise();
        for (RegressionTree t : spec.trees()) {
            int g = -1;
            for (int f : t.feature()) {
                if (f < 0) continue;
                int fg = groupOf[f];
                g = g == -1 || g == fg ? fg : 4; // 4 = mixes groups
            }
            if (!tabulate || g == 4) g = 4;
            else if (key.depthwise() || g < 0) g = LayerFeatures.CIN; // all of a depthwise layer follows cin
            byGroup.get(g).add(t);
        }
        base = spec.base();
        cinTrees = model(byGroup.get(LayerFeatures.CIN));
        coutTrees = model(byGroup.get(LayerFeatures.COUT));
        rest = model(byGroup.get(4));
        tin = cinTrees == null ? null : table(cinTrees, 1, true);
        tout = coutTrees == null ? null : table(coutTrees, 2, false);
        double[][] m = steps(byGroup.get(LayerFeatures.MACS), 12);
        macsThr = m[0];
        macsVal = m[1];
        double[][] p = steps(byGroup.get(LayerFeatures.PARAMS), 13);
        paramsThr = p[0];
        paramsVal = p[1];
    }

    double predictLog(LayerConfig c) {
        double s = base;
        if (cinTrees != null) s += c.cin() < tin.length ? tin[c.cin()] : cinTrees.predict(LayerFeatures.of(c));
        if (coutTrees != null) s += c.cout() < tout.length ? tout[c.cout()] : coutTrees.predict(LayerFeatures.of(c));
        if (macsThr != null) s += step(macsThr, macsVal, c.macs());
        if (paramsThr != null) s += step(paramsThr, paramsVal, c.params());
        if (rest != null) s += rest.predict(LayerFeatures.of(c));
        return s;
    }

    private static GbtModel model(List<RegressionTree> trees) {
        return trees.isEmpty() ? null : new GbtModel(0, trees);
    }

    /** Sum of the trees at every channel count up to a bound past their largest channel split. */
    private double[] table(GbtModel trees, int channelFeature, boolean isCin) {
        double largest = 64;
        for (RegressionTree t : trees.trees()) {
            for (int i = 0; i < t.size(); i++) if (t.feature()[i] == channelFeature) largest = Math.max(largest, t.value()[i]);
        }
        int size = (int) Math.min(8192, 2 * largest + 64);
        double[] out = new double[size];
        for (int c = 1; c < size; c++) {
            LayerConfig layer = key.depthwise() ? key.layer(c, c) : isCin ? key.layer(c, 1) : key.layer(1, c);
            out[c] = trees.predict(LayerFeatures.of(layer));
        }
        return out;
    }

    /** Step function of one feature: split values ascending and the trees' sum at and above each. */
    private double[][] steps(List<RegressionTree> trees, int feature) {
        if (trees.isEmpty()) return new double[2][];
        TreeSet<Double> cuts = new TreeSet<>();
        for (RegressionTree t : trees) {
            for (int i = 0; i < t.size(); i++) if (t.feature()[i] >= 0) cuts.add(t.value()[i]);
        }
        double[] thr = cuts.stream().mapToDouble(Double::doubleValue).toArray();
        double[] val = new double[thr.length + 1];
        double[] x = new double[LayerFeatures.COUNT];
        GbtModel m = new GbtModel(0, trees);
        for (int j = 0; j <= thr.length; j++) {
            // Interval j holds values in (thr[j-1], thr[j]]; its right end (or beyond the last cut) represents it.
            x[feature] = j < thr.length ? thr[j] : Math.nextUp(thr[thr.length - 1]);
            val[j] = m.predict(x);
        }
        return new double[][]{thr, val};
    }

    private static double step(double[] thr, double[] val, double x) {
        int i = Arrays.binarySearch(thr, x);
        return val[i >= 0 ? i : -i - 1];
    }
}
