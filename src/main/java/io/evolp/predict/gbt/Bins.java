package io.evolp.predict.gbt;

import java.util.Arrays;

/**
 * Features quantised to bin codes for histogram split finding. A feature with at most
 * {@code maxBins} distinct values gets one bin per value (splits are then exact, as in CART);
 * otherwise bins hold about equal numbers of rows. {@code threshold(f, b)} is the real split value
 * between bin b and b+1 (the midpoint of the neighbouring values), so trained trees compare raw
 * feature values and need no binning at prediction time.
 */
final class Bins {

    final short[][] code;        // [feature][row]
    final double[][] thresholds; // [feature][bin]: upper split value after bin b (length bins-1)
    final double[][] values;     // [feature][bin]: the bin's value for exact features, null otherwise

    private Bins(short[][] code, double[][] thresholds, double[][] values) {
        this.code = code;
        this.thresholds = thresholds;
        this.values = values;
    }

    /**
     * Split value between the non-empty bins {@code left} and {@code right} of a node: the midpoint
     * of their values for exact features (as CART, so results match scikit-learn), else the bin edge.
     */
    double split(int f, int left, int right) {
        double[] v = values[f];
        if (v == null) return thresholds[f][right - 1];
        double a = v[left], b = v[right];
        double m = a + (b - a) / 2;
        return m >= a && m < b ? m : a;
    }

    int bins(int f) {
        return thresholds[f].length + 1;
    }

    static Bins of(double[][] x, int maxBins) {
        int features = x.length;
        short[][] code = new short[features][];
        double[][] thr = new double[features][];
        double[][] vals = new double[features][];
        for (int f = 0; f < features; f++) {
            double[] col = x[f];
            double[] sorted = col.clone();
            Arrays.sort(sorted);
            double[] distinct = distinct(sorted);
            double[] upper; // largest value of each bin but the last
            if (distinct.length <= maxBins) {
                upper = Arrays.copyOf(distinct, Math.max(0, distinct.length - 1));
                vals[f] = distinct;
            } else {
                upper = quantileEdges(sorted, maxBins);
            }
            double[] t = new double[upper.length];
            for (int b = 0; b < upper.length; b++) {
                double a = upper[b], next = nextValue(distinct, a);
                double m = a + (next - a) / 2;
                t[b] = m >= a && m < next ? m : a; // midpoint, guarded against rounding
            }
            thr[f] = t;
            short[] c = new short[col.length];
            for (int r = 0; r < col.length; r++) {
                int pos = Arrays.binarySearch(upper, col[r]);
                c[r] = (short) (pos >= 0 ? pos : -pos - 1);
            }
            code[f] = c;
        }
        return new Bins(code, thr, vals);
    }

    private static double[] distinct(double[] sorted) {
        double[] d = new double[sorted.length];
        int n = 0;
        for (double v : sorted) if (n == 0 || v != d[n - 1]) d[n++] = v;
        return Arrays.copyOf(d, n);
    }

    private static double[] quantileEdges(double[] sorted, int maxBins) {
        double[] e = new double[maxBins - 1];
        int n = 0;
        for (int b = 1; b < maxBins; b++) {
            double v = sorted[(int) ((long) b * sorted.length / maxBins) - 1];
            if (v < sorted[sorted.length - 1] && (n == 0 || v > e[n - 1])) e[n++] = v;
        }
        return Arrays.copyOf(e, n);
    }

    private static double nextValue(double[] distinct, double v) {
        int pos = Arrays.binarySearch(distinct, v);
        return distinct[pos + 1];
    }
}
