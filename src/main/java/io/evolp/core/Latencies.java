package io.evolp.core;

import java.util.Locale;

/**
 * The range of latencies the program accepts from files (datasets, measured models, histories).
 *
 * <p>Why: a latency of 1e308 ms trained a predictor whose coefficients overflowed to NaN, and a
 * latency of 0 makes relative errors and the {@code latency^(-1/8)} target infinite. Real layers and
 * models take between nanoseconds and minutes; the upper limit is far above that.
 */
public final class Latencies {

    /** Any positive latency is kept (tiny values round-trip exactly; only zero and below are refused). */
    public static final double MIN_MS = Double.MIN_VALUE;
    /** About 2.8 hours. */
    public static final double MAX_MS = 1e7;

    private Latencies() {
    }

    public static boolean valid(double ms) {
        return ms >= MIN_MS && ms <= MAX_MS;
    }

    /** Why {@code ms} is not an acceptable latency ("expected …, found …"), or null. */
    public static String problem(double ms) {
        if (valid(ms)) return null;
        String why = Double.isNaN(ms) ? "NaN" : Double.isInfinite(ms) ? "infinite"
                : ms == 0 ? "zero" : ms < 0 ? "negative" : "above 10^7 ms";
        return "expected a latency above 0 and at most 10000000 ms, found " + fmt(ms) + " (" + why + ")";
    }

    private static String fmt(double v) {
        return Double.isFinite(v) && v == Math.rint(v) && Math.abs(v) < 1e15
                ? String.format(Locale.ROOT, "%d", (long) v) : String.valueOf(v).replace("E", "e");
    }
}
