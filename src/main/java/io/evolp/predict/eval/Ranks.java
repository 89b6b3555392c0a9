package io.evolp.predict.eval;

import java.util.Arrays;
import java.util.Comparator;

/** Rank statistics for {@link Metrics}. */
final class Ranks {

    private Ranks() {
    }

    /**
     * Ranks 1..n with ties sharing their average rank (so {3, 1, 3} ranks {2.5, 1, 2.5}); the
     * average keeps the rank sum n(n+1)/2 and makes Spearman symmetric under tie order.
     */
    static double[] averageRanks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double[] ranks = new double[n];
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && Double.compare(values[order[end]], values[order[start]]) == 0) end++;
            // positions start..end-1 (0-based) hold ranks start+1..end; their mean:
            double avg = (start + 1 + end) / 2.0;
            for (int j = start; j < end; j++) ranks[order[j]] = avg;
            start = end;
        }
        return ranks;
    }

    /** Spearman's rho as the Pearson correlation of average ranks; NaN if n < 2 or a side is constant. */
    static double spearman(double[] a, double[] b) {
        int n = a.length;
        if (n < 2) return Double.NaN;
        double[] ra = averageRanks(a);
        double[] rb = averageRanks(b);
        double mean = (n + 1) / 2.0; // the mean rank is the same for both sides, ties or not
        double sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < n; i++) {
            double da = ra[i] - mean, db = rb[i] - mean;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        if (saa == 0 || sbb == 0) return Double.NaN;
        double rho = sab / Math.sqrt(saa * sbb);
        return Math.max(-1.0, Math.min(1.0, rho)); // rounding must not leave [-1, 1]
    }
}
