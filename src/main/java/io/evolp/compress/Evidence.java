package io.evolp.compress;

import io.evolp.measure.Measurement;
import io.evolp.measure.Spread;

import java.util.ArrayList;
import java.util.List;

/**
 * What a session knows about one candidate's true latency after one or more independent
 * measurements of it: an estimate and its standard error, and whether that places it inside the
 * window <em>with confidence</em>.
 *
 * <p>Estimate: the run-count-weighted mean of the measurements' medians. Standard error: the
 * larger of (a) the medians' own standard errors pooled ({@link Spread}) and, from three
 * measurements on, (b) the scatter of the medians ÷ √k — the second catches what a shared machine
 * does between measurements that no single measurement shows. With a session-wide noise figure
 * ({@link SessionNoise}) each automatic measurement's standard error is that figure × its value
 * instead of its own, far less steady spread. When no measurement knows its noise
 * (replayed or typed numbers) the standard error is 0 and {@link #spreadKnown()} is false.
 *
 * @param estimateMs      estimated true latency, ms
 * @param standardErrorMs standard error of that estimate, ms
 * @param measurements    independent measurements behind it
 * @param runs            runs behind it
 * @param spreadKnown     at least one measurement reported its noise
 * @param singleSeMs      standard error of one such measurement (what another round would add), ms
 * @param z               one-sided 95 % quantile the interval uses: {@link #Z}, or Student's t when the
 *                        standard error rests on an estimated session noise ({@link SessionNoise#z})
 */
public record Evidence(double estimateMs, double standardErrorMs, int measurements, int runs, boolean spreadKnown,
                       double singleSeMs, double z) {

    /** One-sided 95 % (a two-sided 90 % interval): the confidence with which "in the window" is claimed. */
    public static final double Z = 1.645;

    public enum Verdict {
        /** The whole 90 % interval lies in the window. */
        INSIDE,
        /** The estimate is in the window but the interval reaches outside: another round can tell. */
        UNSURE,
        /** The estimate lies outside the window. */
        OUTSIDE
    }

    public static Evidence of(List<Measurement> ms) {
        return of(ms, SessionNoise.NONE);
    }

    /**
     * @param noise the session's noise of one measurement ({@link SessionNoise#NONE}: each measurement's own)
     */
    public static Evidence of(List<Measurement> ms, SessionNoise noise) {
        double sessionNoise = noise.relative();
        if (ms.isEmpty()) throw new IllegalArgumentException("no measurements");
        double wsum = 0, est = 0, var = 0;
        int runs = 0;
        boolean known = false;
        List<Double> medians = new ArrayList<>();
        for (Measurement m : ms) {
            double w = m.count();
            wsum += w;
            est += w * m.medianMs();
            runs += m.count();
            medians.add(m.medianMs());
            double se = sessionNoise > 0 && SessionNoise.pooled(m) ? sessionNoise * m.medianMs() : Spread.standardErrorMs(m);
            if (!Double.isNaN(se)) {
                known = true;
                var += w * w * se * se;
            }
        }
        est /= wsum;
        double se = Math.sqrt(var) / wsum;
        int k = ms.size();
        if (k >= 3) se = Math.max(se, Spread.sdOf(medians) / Math.sqrt(k));
        double single = known ? se * Math.sqrt(k) : 0;
        return new Evidence(est, se, k, runs, known, single, noise.z());
    }

    public double lowMs() {
        return estimateMs - z * standardErrorMs;
    }

    public double highMs() {
        return estimateMs + z * standardErrorMs;
    }

    public Verdict verdict(double windowLowMs, double windowHighMs) {
        if (estimateMs < windowLowMs || estimateMs > windowHighMs) return Verdict.OUTSIDE;
        return lowMs() >= windowLowMs && highMs() <= windowHighMs ? Verdict.INSIDE : Verdict.UNSURE;
    }

    /**
     * True when even {@code maxMeasurements} measurements of a candidate at the window's centre
     * could not place it inside with confidence: the noise is wider than the window.
     */
    public boolean noiseWiderThan(double windowLowMs, double windowHighMs, int maxMeasurements) {
        return z * singleSeMs / Math.sqrt(maxMeasurements) > (windowHighMs - windowLowMs) / 2;
    }

    /**
     * The point the predictor is fed for this candidate: every round pooled into one, with the
     * <em>standard error of the estimate</em> as its spread (0 when unknown) — one point per
     * candidate whatever the rounds, weighted by how well it is known (see {@link SessionFeed}).
     */
    Measurement pooled(Measurement latest) {
        return new Measurement(estimateMs, spreadKnown ? standardErrorMs : 0, runs, latest.timestamp(), latest.source(),
                latest.simulated(), "session estimate over " + measurements + " measurement(s); spread = its standard error",
                null);
    }
}
