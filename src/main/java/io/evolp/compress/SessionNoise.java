package io.evolp.compress;

import io.evolp.measure.Measurement;
import io.evolp.measure.Spread;

import org.apache.commons.math3.distribution.TDistribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How noisy <em>one</em> measurement of this session is, as a share of its value, estimated from
 * every measurement the session took — not from the one measurement at hand.
 *
 * <p>Why (issue 10): one measurement's own spread is a poor guide to its error. The range of 9
 * noisy runs varies by a factor of three or more from one measurement to the next (measured on the
 * simulated Nano: 1.5 ms and 10 ms for the same candidate), so a lucky narrow range made a single
 * measurement look "confidently inside" a 3 % window, and one interrupted run made another look so
 * noisy that the session gave up ("noise is wider than the window") after one measurement. All
 * measurements of a session come from the same device with the same settings, so their relative
 * noise is one quantity, and pooling it over the session is far steadier. Two estimates are pooled
 * and the larger is taken: the within-measurement standard errors (root mean square, leaving out
 * those over three times the median — a spike says little about the typical measurement) and, once
 * candidates were measured more than once, the scatter of repeated measurements of the same widths
 * about their mean — what another measurement really adds, including anything a device does between
 * measurements that no single measurement shows.
 *
 * <p>The figure is itself estimated, so decisions use Student's t with its degrees of freedom
 * ({@link #dof}) rather than the normal 1.645: each measurement's own spread is worth about three
 * degrees of freedom (9 simulated runs: the variance of the squared standard error is 2/ν with
 * ν ≈ 2.9), each repeat of a candidate one. Without this, three lucky measurements once made a
 * session claim ±0.4 % for a candidate whose true error was 1.9 %.
 *
 * <p>Only automatic measurements that carry their runs count (two or more runs); typed numbers keep
 * their own spread.
 *
 * @param relative relative standard error of one measurement; 0 = not known yet
 * @param dof      degrees of freedom behind it (infinite when {@code relative} is 0)
 */
public record SessionNoise(double relative, double dof) {

    /** Nothing pooled yet: each measurement's own spread counts, with the normal quantile. */
    public static final SessionNoise NONE = new SessionNoise(0, Double.POSITIVE_INFINITY);
    /** Degrees of freedom one measurement's own spread is worth (see above). */
    static final double DOF_PER_MEASUREMENT = 3;

    /** Measurements needed before the pooled figure replaces each measurement's own. */
    static final int MIN_MEASUREMENTS = 3;
    /** Degrees of freedom of repeated measurements before their scatter counts. */
    static final int MIN_REPEAT_DOF = 2;

    /** The session's figure over its measured candidates ({@link #NONE} while fewer than {@link #MIN_MEASUREMENTS}). */
    static SessionNoise of(List<MeasuredCandidate> measured) {
        List<Double> within = new ArrayList<>();
        double ss = 0;
        int dof = 0;
        for (MeasuredCandidate c : measured) {
            List<Double> logs = new ArrayList<>();
            for (Measurement m : c.measurements()) {
                if (!pooled(m)) continue;
                double se = Spread.standardErrorMs(m);
                if (Double.isFinite(se) && se > 0) within.add(se / m.medianMs());
                logs.add(Math.log(m.medianMs()));
            }
            if (logs.size() >= 2) {
                double mean = logs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
                for (double l : logs) ss += (l - mean) * (l - mean);
                dof += logs.size() - 1;
            }
        }
        if (within.size() < MIN_MEASUREMENTS) return NONE;
        double w = trimmedRms(within);
        double between = dof >= MIN_REPEAT_DOF ? Math.sqrt(ss / dof) : 0;
        return new SessionNoise(Math.max(w, between), DOF_PER_MEASUREMENT * within.size() + dof);
    }

    /** One-sided 95 % quantile for an interval whose standard error rests on this figure. */
    double z() {
        if (!(relative > 0) || Double.isInfinite(dof)) return Evidence.Z;
        return new TDistribution(null, dof).inverseCumulativeProbability(0.95);
    }

    /** Whether a measurement is one of the session's automatic, run-carrying ones. */
    static boolean pooled(Measurement m) {
        return m.count() >= 2 && !CompressionSession.USER_SOURCE.equals(m.source()) && m.medianMs() > 0;
    }

    private static double trimmedRms(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = v.length;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        double[] kept = Arrays.stream(v).filter(x -> x <= 3 * median).toArray();
        double s = 0;
        for (double x : kept) s += x * x;
        return Math.sqrt(s / kept.length);
    }
}
