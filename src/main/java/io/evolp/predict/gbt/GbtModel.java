package io.evolp.predict.gbt;

import io.evolp.predict.forest.RegressionTree;

import java.util.List;

/**
 * A trained boosted ensemble: {@code base + Σ tree(x)} (the shrinkage is folded into the leaves).
 * All trees live in three flat arrays with absolute child indices, so a prediction is a few tight
 * loops over primitive arrays — no objects, no recursion.
 */
public final class GbtModel {

    private final double base;
    private final List<RegressionTree> trees;
    private final int[] roots, feature, right;
    private final double[] value;

    public GbtModel(double base, List<RegressionTree> trees) {
        if (!Double.isFinite(base)) throw new IllegalArgumentException("base must be finite");
        this.base = base;
        this.trees = List.copyOf(trees);
        int total = 0;
        for (RegressionTree t : this.trees) total += t.size();
        roots = new int[this.trees.size()];
        feature = new int[total];
        right = new int[total];
        value = new double[total];
        int at = 0;
        for (int k = 0; k < roots.length; k++) {
            RegressionTree t = this.trees.get(k);
            roots[k] = at;
            for (int i = 0; i < t.size(); i++) {
                feature[at + i] = t.feature()[i];
                value[at + i] = t.value()[i];
                right[at + i] = t.feature()[i] >= 0 ? t.right()[i] + at : 0;
            }
            at += t.size();
        }
    }

    public double base() {
        return base;
    }

    public List<RegressionTree> trees() {
        return trees;
    }

    public int size() {
        return roots.length;
    }

    public double predict(double[] x) {
        double s = base;
        int[] f = feature, r = right;
        double[] v = value;
        for (int root : roots) {
            int i = root;
            int fi;
            while ((fi = f[i]) >= 0) i = x[fi] <= v[i] ? i + 1 : r[i];
            s += v[i];
        }
        return s;
    }

    /**
     * The same function restricted to inputs with {@code x[f] == fixedValues[f]} wherever
     * {@code fixed[f]}: usually far fewer nodes to walk ({@link Specialiser}).
     */
    public GbtModel specialise(double[] fixedValues, boolean[] fixed) {
        return Specialiser.specialise(this, fixedValues, fixed);
    }

    /** Total nodes over all trees. */
    public int nodes() {
        return feature.length;
    }

    /** Whether every split refers to a feature index below {@code features}. */
    public boolean usesOnlyFeaturesBelow(int features) {
        for (RegressionTree t : trees) if (!t.usesOnlyFeaturesBelow(features)) return false;
        return true;
    }
}
