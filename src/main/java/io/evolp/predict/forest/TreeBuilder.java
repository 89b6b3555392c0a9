package io.evolp.predict.forest;

import io.evolp.task.CancelledException;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * CART regression: each node tries {@code mtry} randomly chosen features (more when none of them
 * can split) and takes the threshold with the largest reduction of squared error; thresholds are
 * midpoints between neighbouring distinct values; leaves hold at least {@code minLeaf} samples and
 * predict their mean. With {@code extra}, each tried feature gets one threshold drawn uniformly
 * between its smallest and largest value in the node instead of the best one (extremely randomized
 * trees, Geurts, Ernst and Wehenkel 2006): the average of such trees varies smoothly between the
 * configurations it has seen rather than stepping at the same midpoints in every tree. One instance
 * builds one tree; not thread-safe.
 */
final class TreeBuilder {

    private final double[][] x; // [feature][row]
    private final double[] y;
    private final int minLeaf, mtry;
    private final boolean extra;
    private final SplittableRandom rng;
    private int[] idx;
    private int[] scratch;
    private int[] feature = new int[64], right = new int[64];
    private double[] value = new double[64];
    private int nodes;

    TreeBuilder(double[][] x, double[] y, int minLeaf, int mtry, SplittableRandom rng) {
        this(x, y, minLeaf, mtry, false, rng);
    }

    TreeBuilder(double[][] x, double[] y, int minLeaf, int mtry, boolean extra, SplittableRandom rng) {
        this.extra = extra;
        this.x = x;
        this.y = y;
        this.minLeaf = Math.max(1, minLeaf);
        this.mtry = Math.max(1, Math.min(mtry, x.length));
        this.rng = rng;
    }

    RegressionTree build(int[] sample) {
        idx = sample.clone();
        scratch = new int[idx.length];
        grow(0, idx.length);
        return new RegressionTree(Arrays.copyOf(feature, nodes), Arrays.copyOf(value, nodes), Arrays.copyOf(right, nodes));
    }

    private int grow(int from, int to) {
        // A tree over tens of thousands of rows takes seconds on a busy machine: a cancelled job (whose
        // runner interrupts its thread) stops here, between nodes, instead of after the whole tree.
        if (Thread.currentThread().isInterrupted()) throw new CancelledException();
        int node = addNode();
        int n = to - from;
        double sum = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double v = y[idx[i]];
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        feature[node] = -1;
        value[node] = sum / n;
        if (n < 2 * minLeaf || max == min) return node;
        Split best = bestSplit(from, to, sum);
        if (best == null) return node;
        int mid = partition(from, to, best.feature, best.threshold);
        feature[node] = best.feature;
        value[node] = best.threshold;
        grow(from, mid);
        int r = grow(mid, to); // not "right[node] = grow(..)": growing may replace the array first
        right[node] = r;
        return node;
    }

    private record Split(int feature, double threshold, double score) {
    }

    private Split bestSplit(int from, int to, double sum) {
        int features = x.length;
        int[] order = new int[features];
        for (int i = 0; i < features; i++) order[i] = i;
        Split best = null;
        for (int k = 0; k < features; k++) {
            if (k >= mtry && best != null) break; // tried mtry features and found a split
            int j = k + rng.nextInt(features - k); // partial Fisher–Yates: next random feature
            int f = order[j];
            order[j] = order[k];
            order[k] = f;
            Split s = extra ? randomSplitOn(f, from, to, sum) : bestSplitOn(f, from, to, sum);
            if (s != null && (best == null || s.score > best.score)) best = s;
        }
        return best;
    }

    private Split bestSplitOn(int f, int from, int to, double sum) {
        int n = to - from;
        System.arraycopy(idx, from, scratch, 0, n);
        double[] col = x[f];
        IndexSort.sort(scratch, n, col);
        double parent = sum * sum / n;
        double left = 0, bestScore = parent + 1e-12 * Math.abs(parent);
        int bestAt = -1;
        for (int i = 0; i < n - 1; i++) {
            left += y[scratch[i]];
            int nl = i + 1;
            if (nl < minLeaf || n - nl < minLeaf) continue;
            if (col[scratch[i]] == col[scratch[i + 1]]) continue;
            double r = sum - left;
            double score = left * left / nl + r * r / (n - nl);
            if (score > bestScore) {
                bestScore = score;
                bestAt = i;
            }
        }
        if (bestAt < 0) return null;
        double a = col[scratch[bestAt]], b = col[scratch[bestAt + 1]];
        double thr = a + (b - a) / 2;
        if (!(thr >= a && thr < b)) thr = a;
        return new Split(f, thr, bestScore);
    }

    /** One uniformly drawn threshold in (min, max) of feature f over the node; null if f is constant there. */
    private Split randomSplitOn(int f, int from, int to, double sum) {
        double[] col = x[f];
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            double v = col[idx[i]];
            if (v < min) min = v;
            if (v > max) max = v;
        }
        if (!(max > min)) return null;
        double thr = min + rng.nextDouble() * (max - min);
        if (thr >= max) thr = min; // rounding: keep at least the smallest value on the left
        double left = 0;
        int nl = 0, n = to - from;
        for (int i = from; i < to; i++) {
            int r = idx[i];
            if (col[r] <= thr) {
                left += y[r];
                nl++;
            }
        }
        if (nl < minLeaf || n - nl < minLeaf) return null;
        double r = sum - left;
        return new Split(f, thr, left * left / nl + r * r / (n - nl));
    }

    private int partition(int from, int to, int f, double thr) {
        int i = from, j = to - 1;
        while (i <= j) {
            if (x[f][idx[i]] <= thr) i++;
            else {
                int t = idx[i];
                idx[i] = idx[j];
                idx[j--] = t;
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
