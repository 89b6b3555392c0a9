package io.evolp.evolve;

import java.util.Arrays;

/**
 * A metric over the random draws of {@link EvolutionEval}: median, quartiles, extremes and mean. The
 * mean matters for band coverage: with few points a t band covers 90% on average, but per draw it
 * is 100% more often than not and far less now and then, so the median alone overstates it.
 */
public record EvalSummary(double median, double p25, double p75, double min, double max, double mean, int n) {

    static final EvalSummary EMPTY = new EvalSummary(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, 0);

    /** Summary of the finite values (NaN ones, e.g. coverage of a kind without bands, are skipped). */
    static EvalSummary of(double[] values) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) return EMPTY;
        return new EvalSummary(quantile(v, 0.5), quantile(v, 0.25), quantile(v, 0.75), v[0], v[v.length - 1],
                Arrays.stream(v).average().orElse(Double.NaN), v.length);
    }

    /** Linear-interpolation quantile of sorted values. */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
