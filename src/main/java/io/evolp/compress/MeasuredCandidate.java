package io.evolp.compress;

import io.evolp.core.ModelSpec;
import io.evolp.measure.Measurement;

import java.util.ArrayList;
import java.util.List;

/**
 * One set of widths (at prune ratio {@code ratio}) a session measured, with every independent measurement of it (first
 * measurement, adaptive rounds, confirmation). Immutable: {@link #with} returns a copy, so the plan
 * and the feed can read a session's candidates without its lock.
 */
public record MeasuredCandidate(ModelSpec model, List<Integer> widths, double ratio, List<Measurement> measurements) {

    public MeasuredCandidate {
        measurements = List.copyOf(measurements);
        widths = List.copyOf(widths);
    }

    static MeasuredCandidate first(BudgetSearch.Result c, Measurement m) {
        return new MeasuredCandidate(c.model(), c.widths(), c.ratio(), List.of(m));
    }

    MeasuredCandidate with(Measurement m) {
        List<Measurement> next = new ArrayList<>(measurements);
        next.add(m);
        return new MeasuredCandidate(model, widths, ratio, next);
    }

    public Evidence evidence() {
        return Evidence.of(measurements);
    }

    public Measurement latest() {
        return measurements.get(measurements.size() - 1);
    }
}
