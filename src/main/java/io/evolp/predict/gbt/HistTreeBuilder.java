package io.evolp.predict.gbt;

import io.evolp.predict.forest.RegressionTree;

import java.util.Arrays;

/**
 * Grows one least-squares regression tree on the residuals of a boosting round from per-node
 * histograms over {@link Bins} (sum of residuals and row count per bin): a node costs one pass over
 * its rows per feature plus one pass over the bins, whatever the number of distinct values. Leaves
 * hold {@code shrinkage · mean residual}. One instance is reused across rounds; not thread-safe.
 */
final class HistTreeBuilder {

    private final Bins bins;
    private final int[] group; // per feature: -1 = usable anywhere, else its interaction group; null = free
    private final int maxDepth, minLeaf;
    private final double[] sums;
    private final int[] counts;
    private int[] idx;
    private double[] g;
    private double shrinkage;
    private int[] feature = new int[64], right = new int[64];
    private double[] value = new double[64];
    private int nodes;

    /**
     * @param group per-feature interaction group, or null for none. With groups, once a path has
     *              split on a feature of group g, its subtree may only split on ungrouped features
     *              and those of g (path-wise interaction constraints, as XGBoost's).
     */
    HistTreeBuilder(Bins bins, int[] group, int maxDepth, int minLeaf) {
        this.bins = bins;
        this.group = group;
        this.maxDepth = maxDepth;
        this.minLeaf = minLeaf;
        int most = 1;
        for (int f = 0; f < bins.code.length; f++) most = Math.max(most, bins.bins(f));
        sums = new double[most];
        counts = new int[most];
    }

    /** A tree fitted to {@code residual} over {@code rows[0..n)} (the array is reordered). */
    RegressionTree build(int[] rows, int n, double[] residual, double shrinkage) {
        this.idx = rows;
        this.g = residual;
        this.shrinkage = shrinkage;
        nodes = 0;
        grow(0, n, 0, -1);
        return new RegressionTree(Arrays.copyOf(feature, nodes), Arrays.copyOf(value, nodes), Arrays.copyOf(right, nodes));
    }

    private int grow(int from, int to, int depth, int pathGroup) {
        int node = addNode();
        int n = to - from;
        double sum = 0;
        for (int i = from; i < to; i++) sum += g[idx[i]];
        feature[node] = -1;
        value[node] = shrinkage * sum / n;
        if (depth >= maxDepth || n < 2 * minLeaf) return node;
        double parent = sum * sum / n;
        double best = parent + 1e-12 * Math.abs(parent) + 1e-300;
        int bestF = -1, bestBin = -1;
        double bestThr = 0;
        for (int f = 0; f < bins.code.length; f++) {
            int nb = bins.bins(f);
            if (nb < 2) continue;
            if (group != null && pathGroup >= 0 && group[f] >= 0 && group[f] != pathGroup) continue;
            short[] code = bins.code[f];
            Arrays.fill(sums, 0, nb, 0.0);
            Arrays.fill(counts, 0, nb, 0);
            for (int i = from; i < to; i++) {
                int r = idx[i];
                int b = code[r] & 0xFFFF;
                sums[b] += g[r];
                counts[b]++;
            }
            double left = 0;
            int nl = 0, lastLeft = -1;
            for (int b = 0; b < nb - 1; b++) {
                if (counts[b] == 0) continue;
                left += sums[b];
                nl += counts[b];
                lastLeft = b;
                if (nl == n) break;
                if (nl < minLeaf || n - nl < minLeaf) continue;
                double r = sum - left;
                double score = left * left / nl + r * r / (n - nl);
                if (score > best) {
                    int next = b + 1;
                    while (counts[next] == 0) next++;
                    best = score;
                    bestF = f;
                    bestBin = lastLeft;
                    bestThr = bins.split(f, lastLeft, next);
                }
            }
        }
        if (bestF < 0) return node;
        int mid = partition(from, to, bestF, bestBin);
        feature[node] = bestF;
        value[node] = bestThr;
        int childGroup = group != null && group[bestF] >= 0 ? group[bestF] : pathGroup;
        grow(from, mid, depth + 1, childGroup);
        int r = grow(mid, to, depth + 1, childGroup); // growing may replace the arrays: assign afterwards
        right[node] = r;
        return node;
    }

    /** Rows of bins up to {@code lastLeftBin} first; the split value separates exactly these bins. */
    private int partition(int from, int to, int f, int lastLeftBin) {
        short[] code = bins.code[f];
        int i = from, j = to - 1;
        while (i <= j) {
            if ((code[idx[i]] & 0xFFFF) <= lastLeftBin) i++;
            else {
                int tmp = idx[i];
                idx[i] = idx[j];
                idx[j--] = tmp;
            }
        }
        return i;
    }

    private int addNode() {
        if (nodes == feature.length) {
            int n = nodes * 2;
            feature = Arrays.copyOf(feature, n);
            right = Arrays.copyOf(right, n);
            value = Arrays.copyOf(value, n);
        }
        right[nodes] = 0;
        return nodes++;
    }
}
