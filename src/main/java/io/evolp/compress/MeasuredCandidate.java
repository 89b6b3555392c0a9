package io.evolp.compress;

import io.evolp.core.ModelSpec;
import io.evolp.measure.Measurement;

import java.util.ArrayList;
import java.util.List;

/**
 * One set of widths (at prune ratio {@code ratio}) a session measured, with every independent measurement of it (first
 * measurement, adaptive rounds, confirmation). Immutable: {@link #with} returns a copy, so the plan
 * and the feed can read a session's candidates without its lock.
 *
 * @param sessionNoise the session's relative noise of one measurement when this copy was made
 *                     ({@link SessionNoise#NONE}: not known yet, each measurement's own spread counts)
 */
public record MeasuredCandidate(ModelSpec model, List<Integer> widths, double ratio, List<Measurement> measurements,
                                SessionNoise sessionNoise) {

    public MeasuredCandidate {
        measurements = List.copyOf(measurements);
        widths = List.copyOf(widths);
    }

    static MeasuredCandidate first(BudgetSearch.Result c, Measurement m) {
        return new MeasuredCandidate(c.model(), c.widths(), c.ratio(), List.of(m), SessionNoise.NONE);
    }

    MeasuredCandidate with(Measurement m) {
        List<Measurement> next = new ArrayList<>(measurements);
        next.add(m);
        return new MeasuredCandidate(model, widths, ratio, next, sessionNoise);
    }

    /** This candidate judged with the session's current noise figure. */
    MeasuredCandidate withSessionNoise(SessionNoise noise) {
        return noise.equals(sessionNoise) ? this : new MeasuredCandidate(model, widths, ratio, measurements, noise);
    }

    public Evidence evidence() {
        return Evidence.of(measurements, sessionNoise);
    }

    public Measurement latest() {
        return measurements.get(measurements.size() - 1);
    }
}
