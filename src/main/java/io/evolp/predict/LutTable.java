package io.evolp.predict;

import io.evolp.core.LayerConfig;

import java.util.Arrays;

/**
 * NetAdapt-style lookup table of one key: median measured latency per (cin, cout).
 *
 * <p>Between measured points: bilinear interpolation on the grid of measured cin and cout values
 * when the four surrounding corners were measured, else inverse-distance weighting of the
 * {@value #NEIGHBOURS} nearest measured points in log-channel space (channels matter by ratio, not
 * difference). Outside the table the query is clamped to its edge and the result scaled by the
 * channel (= MAC) ratio. Depthwise keys are one-dimensional in cin.
 */
final class LutTable implements KeyModel {

    static final String MODEL = "table";
    private static final int NEIGHBOURS = 4;

    private final boolean depthwise;
    private final int[] cin, cout;       // measured points, as stored
    private final double[] latency;
    private final int samples;
    private final int[] cins, couts;     // sorted distinct values
    private final double[][] grid;       // [cin index][cout index], NaN where unmeasured
    private final double[] logCin, logCout; // for inverse-distance weighting, computed once

    LutTable(boolean depthwise, int[] cin, int[] cout, double[] latency, int samples) {
        this.depthwise = depthwise;
        this.cin = cin.clone();
        this.cout = depthwise ? cin.clone() : cout.clone();
        this.latency = latency.clone();
        this.samples = samples;
        this.cins = distinct(this.cin);
        this.couts = depthwise ? new int[]{1} : distinct(this.cout);
        this.logCin = Arrays.stream(this.cin).mapToDouble(Math::log).toArray();
        this.logCout = Arrays.stream(this.cout).mapToDouble(Math::log).toArray();
        this.grid = new double[cins.length][couts.length];
        for (double[] r : grid) Arrays.fill(r, Double.NaN);
        for (int i = 0; i < latency.length; i++) {
            int a = Arrays.binarySearch(cins, this.cin[i]);
            int b = depthwise ? 0 : Arrays.binarySearch(couts, this.cout[i]);
            if (!Double.isNaN(grid[a][b])) throw new IllegalArgumentException("duplicate table point");
            grid[a][b] = latency[i];
        }
    }

    /** Aggregates repeated measurements of a point to their median. */
    static LutTable build(KeySamples s) {
        boolean dw = s.key().depthwise();
        int n = s.size();
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) packed[i] = pack(s.cin()[i], dw ? s.cin()[i] : s.cout()[i]);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> packed[x] != packed[y] ? Long.compare(packed[x], packed[y])
                : Double.compare(s.latency()[x], s.latency()[y]));
        int[] cin = new int[n], cout = new int[n];
        double[] lat = new double[n];
        int m = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && packed[order[j]] == packed[order[i]]) j++;
            int len = j - i;
            double median = len % 2 == 1 ? s.latency()[order[i + len / 2]]
                    : 0.5 * (s.latency()[order[i + len / 2 - 1]] + s.latency()[order[i + len / 2]]);
            cin[m] = (int) (packed[order[i]] >>> 32);
            cout[m] = (int) packed[order[i]];
            lat[m++] = median;
            i = j;
        }
        return new LutTable(dw, Arrays.copyOf(cin, m), Arrays.copyOf(cout, m), Arrays.copyOf(lat, m), n);
    }

    private static long pack(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private static int[] distinct(int[] v) {
        return Arrays.stream(v).distinct().sorted().toArray();
    }

    @Override
    public double predict(LayerConfig layer) {
        double q1 = layer.cin();
        double c1 = Math.max(cins[0], Math.min(q1, cins[cins.length - 1]));
        double ratio = q1 / c1;
        double c2 = 1;
        if (!depthwise) {
            double q2 = layer.cout();
            c2 = Math.max(couts[0], Math.min(q2, couts[couts.length - 1]));
            ratio *= q2 / c2;
        }
        return ratio * inside(c1, c2);
    }

    private double inside(double c1, double c2) {
        int i1 = upper(cins, c1), j1 = upper(couts, c2);
        int i0 = cins[i1] == c1 ? i1 : i1 - 1, j0 = couts[j1] == c2 ? j1 : j1 - 1;
        double v00 = grid[i0][j0], v01 = grid[i0][j1], v10 = grid[i1][j0], v11 = grid[i1][j1];
        if (Double.isNaN(v00) || Double.isNaN(v01) || Double.isNaN(v10) || Double.isNaN(v11)) {
            return inverseDistance(c1, c2);
        }
        double fx = i0 == i1 ? 0 : (c1 - cins[i0]) / (cins[i1] - cins[i0]);
        double fy = j0 == j1 ? 0 : (c2 - couts[j0]) / (couts[j1] - couts[j0]);
        return (1 - fx) * ((1 - fy) * v00 + fy * v01) + fx * ((1 - fy) * v10 + fy * v11);
    }

    /** Index of the first value >= v (v lies within the array's range). */
    private static int upper(int[] a, double v) {
        int lo = 0, hi = a.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private double inverseDistance(double c1, double c2) {
        double[] bestD = new double[NEIGHBOURS];
        int[] bestI = new int[NEIGHBOURS];
        Arrays.fill(bestD, Double.POSITIVE_INFINITY);
        double l1 = Math.log(c1), l2 = Math.log(c2);
        for (int i = 0; i < latency.length; i++) {
            double a = logCin[i] - l1, b = depthwise ? 0 : logCout[i] - l2;
            double d = a * a + b * b;
            if (d == 0) return latency[i];
            for (int k = 0; k < NEIGHBOURS; k++) { // insertion into the small sorted list
                if (d < bestD[k]) {
                    System.arraycopy(bestD, k, bestD, k + 1, NEIGHBOURS - k - 1);
                    System.arraycopy(bestI, k, bestI, k + 1, NEIGHBOURS - k - 1);
                    bestD[k] = d;
                    bestI[k] = i;
                    break;
                }
            }
        }
        double sw = 0, sv = 0;
        for (int k = 0; k < NEIGHBOURS && bestD[k] < Double.POSITIVE_INFINITY; k++) {
            double w = 1 / bestD[k]; // d is already squared: weights 1/distance²
            sw += w;
            sv += w * latency[bestI[k]];
        }
        return sv / sw;
    }

    boolean depthwise() {
        return depthwise;
    }

    int[] cin() {
        return cin.clone();
    }

    int[] cout() {
        return cout.clone();
    }

    double[] latency() {
        return latency.clone();
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public int samples() {
        return samples;
    }

}
