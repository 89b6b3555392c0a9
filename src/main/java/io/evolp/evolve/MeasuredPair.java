package io.evolp.evolve;

import io.evolp.measure.Measurement;
import org.apache.commons.math3.distribution.NormalDistribution;

import java.time.Instant;

/**
 * One whole-model measurement the predictor evolved from: the model's family and a description of
 * it (its widths or name), the raw layer-sum prediction at the time, and what was measured where.
 *
 * @param spreadMs   the measurement's range (max − min of its runs), ms, as sources report it
 * @param noiseSdMs  the measurement's standard deviation, ms, that corrections weight points by;
 *                   NaN when unknown (a typed-in or recorded number without runs)
 */
public record MeasuredPair(String family, String model, double rawMs, double measuredMs, double spreadMs,
                           String source, boolean simulated, Instant timestamp, double noiseSdMs) {

    /** A pair whose noise is unknown. */
    public MeasuredPair(String family, String model, double rawMs, double measuredMs, double spreadMs,
                        String source, boolean simulated, Instant timestamp) {
        this(family, model, rawMs, measuredMs, spreadMs, source, simulated, timestamp, Double.NaN);
    }

    /**
     * The standard deviation of a measurement's runs: IQR/1.349 when the source reports quartiles
     * (robust to one interrupted run), else range/d₂(n) (the expected range of n normal draws in
     * standard deviations), NaN for a single run or a zero spread (nothing known).
     */
    public static double noiseSd(Measurement m) {
        if (m.details() != null && m.details().iqrMs() > 0 && m.count() >= 4) return m.details().iqrMs() / 1.349;
        if (m.count() < 2 || !(m.spreadMs() > 0)) return Double.NaN;
        return m.spreadMs() / expectedRange(m.count());
    }

    /** d₂(n) by Blom's approximation of the normal order statistics: 2·Φ⁻¹((n − 0.375)/(n + 0.25)). */
    static double expectedRange(int n) {
        return 2 * new NormalDistribution(null, 0, 1).inverseCumulativeProbability((n - 0.375) / (n + 0.25));
    }
}
