package io.evolp.evolve;

import java.util.List;
import java.util.Map;

/**
 * Whole-model correction {@code measured ≈ f(raw)}, where raw is the plain sum of layer predictions
 * (EvoLP §1.7). Immutable: {@link #withPoint} returns a refitted copy, so a GUI can show one state
 * while a worker computes the next. Every state is derived from {@link #points()} (plus the kind's
 * settings), which is what makes save → load give identical predictions.
 *
 * <p>Guarantees of every implementation: until it has enough points it is the identity (or its
 * prior); {@link #apply} is positive for positive raw and strictly increasing, whatever the data;
 * {@link #band} is a 90% interval around {@code apply(raw)}.
 */
public interface Correction {

    /** {@code linear}, {@code robust} or {@code bayes}. */
    String kind();

    /** Number of (raw, measured) points held. */
    int size();

    /** Corrected latency for a raw layer-sum prediction, ms. */
    double apply(double raw);

    /** 90% interval for the measured latency of a model with this raw prediction. */
    Band band(double raw);

    /** Fitted parameters for display: at least {@code a} (slope) and {@code b} (intercept, ms). */
    Map<String, Double> parameters();

    /** A refitted copy with one more point; both values must be finite and > 0. */
    Correction withPoint(double raw, double measured);

    default Correction withMeasurement(double raw, double measured, double spreadMs) { return withPoint(raw, measured); }

    /** The same kind and settings with no points (the starting state). */
    Correction withoutPoints();

    /** Points as {@code {raw, measured}} pairs, oldest first (copies). */
    List<double[]> points();
}
