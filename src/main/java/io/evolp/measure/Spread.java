package io.evolp.measure;

import java.util.List;

/**
 * How uncertain a {@link Measurement} is, in the units a decision needs: the standard deviation of
 * one run and the standard error of the reported median. {@link Measurement#spreadMs()} is the
 * <em>range</em> of the runs (what a user reads); these turn it, or the quartiles and round medians
 * when the source kept them, into a standard deviation.
 *
 * <p>Why both within-round and between-round figures: on a real, shared machine consecutive rounds
 * differ by more than the runs inside one round (another process starts, the clock changes), so
 * the standard error of a median is the larger of the two estimates, never the smaller.
 */
public final class Spread {

    /** Standard error of a median of n normal runs ≈ 1.2533 · sd / √n (asymptotic efficiency π/2). */
    static final double MEDIAN_SE = Math.sqrt(Math.PI / 2);
    /** Expected range of n standard normal draws (d2), n = 2…10 exactly … */
    private static final double[] D2 = {0, 0, 1.128, 1.693, 2.059, 2.326, 2.534, 2.704, 2.847, 2.970, 3.078};
    /** … and at larger n, interpolated linearly in ln n between these (standard tables). */
    private static final int[] N_BIG = {10, 15, 20, 25, 30, 40, 50, 100, 200};
    private static final double[] D2_BIG = {3.078, 3.472, 3.735, 3.931, 4.086, 4.322, 4.498, 5.015, 5.492};

    private Spread() {
    }

    /**
     * Standard deviation of one run, ms; NaN when the measurement says nothing about its noise (a
     * single run with no spread: a replayed or typed number). A single typed number with a spread
     * takes that spread as its standard deviation (the form asks "± ms").
     */
    public static double sdMs(Measurement m) {
        int n = m.count();
        if (n == 1) return m.spreadMs() > 0 ? m.spreadMs() : Double.NaN;
        double fromRange = m.spreadMs() / d2(n);
        RunDetails d = m.details();
        // With ≥ 8 runs the IQR is the steadier estimate, and an interrupted run does not inflate it.
        if (d != null && n >= 8 && d.iqrMs() > 0) return d.iqrMs() / 1.349;
        return fromRange;
    }

    /** Standard error of the reported median, ms (NaN when the noise is unknown). */
    public static double standardErrorMs(Measurement m) {
        double sd = sdMs(m);
        if (Double.isNaN(sd)) return Double.NaN;
        double within = m.count() == 1 ? sd : MEDIAN_SE * sd / Math.sqrt(m.count());
        RunDetails d = m.details();
        if (d != null && d.roundMediansMs().size() >= 2) {
            return Math.max(within, sdOf(d.roundMediansMs()) / Math.sqrt(d.roundMediansMs().size()));
        }
        return within;
    }

    /** Sample standard deviation (n − 1) of the values; 0 for fewer than two. */
    public static double sdOf(List<Double> values) {
        int n = values.size();
        if (n < 2) return 0;
        double mean = 0;
        for (double v : values) mean += v;
        mean /= n;
        double ss = 0;
        for (double v : values) ss += (v - mean) * (v - mean);
        return Math.sqrt(ss / (n - 1));
    }

    static double d2(int n) {
        if (n < D2.length) return D2[n];
        if (n >= N_BIG[N_BIG.length - 1]) return D2_BIG[D2_BIG.length - 1];
        int i = 0;
        while (N_BIG[i + 1] < n) i++;
        double t = (Math.log(n) - Math.log(N_BIG[i])) / (Math.log(N_BIG[i + 1]) - Math.log(N_BIG[i]));
        return D2_BIG[i] + t * (D2_BIG[i + 1] - D2_BIG[i]);
    }
}
