package io.evolp.measure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a source knows beyond median and range: quartiles, round medians and the runtime facts the
 * number depends on (ONNX Runtime version, optimisation level, threads, CPU model …). Optional on a
 * {@link Measurement} — a replay file or a typed-in number has none — and carried so that a campaign
 * can keep the raw statistics next to the dataset instead of squeezing them into a note.
 *
 * @param minMs          fastest run, ms
 * @param q1Ms           first quartile, ms
 * @param q3Ms           third quartile, ms
 * @param maxMs          slowest run, ms
 * @param roundMediansMs median of each round, in round order (one entry when there were no rounds)
 * @param facts          runtime facts as text, snake_case keys (e.g. {@code ort_version}); may be empty
 */
public record RunDetails(double minMs, double q1Ms, double q3Ms, double maxMs, List<Double> roundMediansMs,
                         Map<String, String> facts) {

    public RunDetails {
        if (!(minMs >= 0 && minMs <= q1Ms && q1Ms <= q3Ms && q3Ms <= maxMs) || Double.isInfinite(maxMs)) {
            throw new IllegalArgumentException("need 0 <= min <= q1 <= q3 <= max < inf, was " + minMs + ", " + q1Ms
                    + ", " + q3Ms + ", " + maxMs);
        }
        roundMediansMs = List.copyOf(roundMediansMs);
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts)); // keeps the source's order for JSON
    }

    public double iqrMs() {
        return q3Ms - q1Ms;
    }

    /** Details of runs already sorted ascending, as a single round with no facts. */
    public static RunDetails ofSorted(double[] sorted, double medianMs) {
        return new RunDetails(sorted[0], quantile(sorted, 0.25), quantile(sorted, 0.75), sorted[sorted.length - 1],
                List.of(medianMs), Map.of());
    }

    /** Linear-interpolation quantile (R-7, numpy's default) of sorted values. */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
