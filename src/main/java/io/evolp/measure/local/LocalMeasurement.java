package io.evolp.measure.local;

import java.util.Arrays;

/**
 * Statistics of one measured item (a layer module or a model): per-run times pooled over all rounds.
 * The median is over all runs rather than a median of round medians: with three rounds the latter is
 * just the middle round, throwing the other runs away; round medians are kept to show drift.
 *
 * @param medianMs         median per-run time, ms
 * @param q1Ms             first quartile, ms (IQR = q3 − q1)
 * @param minMs            fastest run, ms
 * @param maxMs            slowest run, ms
 * @param runs             number of timed runs behind the statistics
 * @param roundMediansMs   median of each round, in round order
 * @param sessionCreateMs  median time to create the ORT session (load + optimise the graph), ms — not
 *                         part of the latency, reported because it dominates short measurements
 * @param divisor          1 for a whole item; the module's repeat factor when the times are per layer
 * @param facts            runtime, optimisation level, threads, CPU and JVM behind the numbers
 */
public record LocalMeasurement(double medianMs, double q1Ms, double q3Ms, double minMs, double maxMs, int runs,
                               double[] roundMediansMs, double sessionCreateMs, int divisor, RuntimeFacts facts) {

    public double iqrMs() {
        return q3Ms - q1Ms;
    }

    /** Times of one layer of a module that ran it {@code factor} times per run (session time unchanged). */
    public LocalMeasurement perLayer(int factor) {
        if (factor < 1) throw new IllegalArgumentException("factor must be >= 1");
        double[] rounds = Arrays.stream(roundMediansMs).map(v -> v / factor).toArray();
        return new LocalMeasurement(medianMs / factor, q1Ms / factor, q3Ms / factor, minMs / factor, maxMs / factor,
                runs, rounds, sessionCreateMs, divisor * factor, facts);
    }

    /** Statistics of per-run times (ms) collected over {@code rounds.length} rounds. */
    static LocalMeasurement of(double[] allRuns, double[][] rounds, double sessionMs, RuntimeFacts facts) {
        double[] sorted = allRuns.clone();
        Arrays.sort(sorted);
        double[] medians = new double[rounds.length];
        for (int r = 0; r < rounds.length; r++) {
            double[] s = rounds[r].clone();
            Arrays.sort(s);
            medians[r] = quantile(s, 0.5);
        }
        return new LocalMeasurement(quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75),
                sorted[0], sorted[sorted.length - 1], sorted.length, medians, sessionMs, 1, facts);
    }

    /** Linear-interpolation quantile of sorted values (the R-7 / numpy default). */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) throw new IllegalArgumentException("no values");
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
