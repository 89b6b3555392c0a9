package io.evolp.predict.gbt;

import io.evolp.predict.forest.RegressionTree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Partial evaluation of an ensemble for inputs whose some features are fixed (for layer latency:
 * everything of a configuration key but the channel counts). Splits on fixed features are decided
 * once, trees that collapse to a leaf are folded into the base value, and what remains is a
 * smaller ensemble over the free features — same predictions for every input with those fixed
 * values, at a fraction of the work per prediction.
 */
final class Specialiser {

    private final double[] fixedValues;
    private final boolean[] fixed;
    private int[] feature = new int[16], right = new int[16];
    private double[] value = new double[16];
    private int nodes;

    private Specialiser(double[] fixedValues, boolean[] fixed) {
        this.fixedValues = fixedValues;
        this.fixed = fixed;
    }

    static GbtModel specialise(GbtModel m, double[] fixedValues, boolean[] fixed) {
        Specialiser s = new Specialiser(fixedValues, fixed);
        double base = m.base();
        List<RegressionTree> kept = new ArrayList<>();
        for (RegressionTree t : m.trees()) {
            s.nodes = 0;
            s.copy(t, 0);
            if (s.nodes == 1) {
                base += s.value[0];
            } else {
                kept.add(new RegressionTree(Arrays.copyOf(s.feature, s.nodes), Arrays.copyOf(s.value, s.nodes),
                        Arrays.copyOf(s.right, s.nodes)));
            }
        }
        if (kept.isEmpty()) kept.add(new RegressionTree(new int[]{-1}, new double[]{0}, new int[]{0}));
        return new GbtModel(base, kept);
    }

    /** Copies the subtree at {@code i} (pre-order, left child next) with fixed splits resolved. */
    private void copy(RegressionTree t, int i) {
        int[] f = t.feature();
        while (f[i] >= 0 && fixed[f[i]]) i = fixedValues[f[i]] <= t.value()[i] ? i + 1 : t.right()[i];
        int node = add();
        feature[node] = f[i];
        value[node] = t.value()[i];
        if (f[i] < 0) return;
        copy(t, i + 1);
        int r = nodes;
        copy(t, t.right()[i]);
        right[node] = r;
    }

    private int add() {
        if (nodes == feature.length) {
            feature = Arrays.copyOf(feature, nodes * 2);
            right = Arrays.copyOf(right, nodes * 2);
            value = Arrays.copyOf(value, nodes * 2);
        }
        right[nodes] = 0;
        return nodes++;
    }
}
