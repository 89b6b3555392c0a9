package io.evolp.predict.forest;

/**
 * A regression tree stored as three flat arrays in pre-order: node i is a leaf when
 * {@code feature[i] < 0} (its value is the prediction), otherwise samples with
 * {@code x[feature[i]] <= value[i]} go to node i+1 and the rest to {@code right[i]}.
 * Compact in memory and in JSON, and walked without recursion.
 */
public record RegressionTree(int[] feature, double[] value, int[] right) {

    public RegressionTree {
        int n = feature.length;
        if (n == 0 || value.length != n || right.length != n) {
            throw new IllegalArgumentException("tree arrays must be non-empty and of equal length");
        }
        for (int i = 0; i < n; i++) {
            // Children must lie after their parent: this also rules out cycles in loaded trees.
            if (feature[i] >= 0 && (i + 1 >= n || right[i] <= i + 1 || right[i] >= n)) {
                throw new IllegalArgumentException("node " + i + " has invalid children");
            }
        }
    }

    public double predict(double[] x) {
        int i = 0;
        while (feature[i] >= 0) i = x[feature[i]] <= value[i] ? i + 1 : right[i];
        return value[i];
    }

    public int size() {
        return feature.length;
    }

    /** Whether every split refers to a feature index below {@code features}. */
    public boolean usesOnlyFeaturesBelow(int features) {
        for (int f : feature) if (f >= features) return false;
        return true;
    }
}
