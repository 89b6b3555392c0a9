package io.evolp.evolve;

/**
 * What one family's {@link ShrinkCorrection} starts from: the prior scatter of its estimate, the
 * target it shrinks towards with the between-family variance τ² (NaN: learn it from the family's own
 * points, as a lone family does) and the target's own variance, and the band's prior scatter with its
 * weight in points. {@link #alone} is the generic start; {@link ShrinkPool} builds one from the other
 * families.
 */
record ShrinkPrior(double scatter2, double target, double tau2, double targetVar, double bandScatter2, double bandDf) {

    /**
     * Model-to-model scatter of the layer sum within a family, relative (the measured CPU families
     * scattered 2–8%); plus, while a measurement's noise is unknown, typical busy-device noise (DESIGN
     * §4b: whole-model runs repeat to ±2% quiet, ±17% busy) — the cautious side, because acting on a
     * noisy point costs more than waiting for a second one.
     */
    static final double MODEL_SCATTER = 0.05;
    static final double UNKNOWN_NOISE = 0.14;
    /** The band trusts the generic prior as much as a fifth of a point: the data decide it soon. */
    static final double BAND_PRIOR_POINTS = 0.2;

    /**
     * @param meanNoise2 the points' mean relative measurement variance: the band predicts a new
     *                   measured value, so its prior holds the noise too (when it is known; an
     *                   unknown one is in {@link #UNKNOWN_NOISE} already)
     */
    static ShrinkPrior alone(boolean noiseKnown, double meanNoise2) {
        double s2 = MODEL_SCATTER * MODEL_SCATTER + (noiseKnown ? 0 : UNKNOWN_NOISE * UNKNOWN_NOISE);
        return new ShrinkPrior(s2, 0, Double.NaN, 0, s2 + (noiseKnown ? meanNoise2 : 0), BAND_PRIOR_POINTS);
    }
}
