package io.evolp.evolve;

import org.apache.commons.math3.distribution.TDistribution;

/** Student-t quantiles for the 90% bands. */
final class Quantiles {

    /**
     * Half width, relative to the value, of the band given before a correction can estimate its own
     * scatter (no points, or no residual degrees of freedom): ±50%, because the layer sum is known to
     * miss a whole model by tens of percent (pooling, classifier, framework, fusion) — a narrow band
     * here would claim knowledge nobody has yet.
     */
    static final double UNFITTED_RELATIVE_HALF_WIDTH = 0.5;

    private Quantiles() {
    }

    /** 95th percentile of Student's t with {@code df} degrees of freedom (two-sided 90%). */
    static double t95(double df) {
        // null generator: only the quantile is needed, and seeding a Well19937c per fit is wasted work.
        return new TDistribution(null, df).inverseCumulativeProbability(0.95);
    }
}
