package io.evolp.evolve;

/**
 * The shrinkage weight of a lone family's {@link ShrinkFit} once it has two or more points: the
 * positive-part James–Stein weight {@code B(σ) = c·s²(σ)/max(d², c·s²(σ))} averaged over the
 * posterior of the scatter σ given how closely the points agree with each other.
 *
 * <p>Why: a single prior scatter (busy-device noise, one pseudo-point) outweighed two or three points
 * that agreed within 3 % — on the sample CPU models a consistent 9 % bias (ResNet-50) was not applied
 * at all at k = 2 and only half at k = 3. Whether a device is quiet (whole-model runs repeat to 2 %)
 * or busy (17 %) is exactly what the agreement of the points tells, so the prior here spreads over
 * that whole range (log-uniform over [{@link #LOW}, {@link #HIGH_FACTOR} × the generic prior's
 * scatter]) and the data choose: points that agree put the mass on a quiet device and the bias is
 * applied; points that scatter by ±15 % put it on a busy one and the correction stays near the
 * identity. One point says nothing about its own noise, so {@link ShrinkFit} keeps the cautious
 * plug-in prior for it; and when every point's spread is known the generic prior holds only the 5 %
 * model scatter, which the points overrule already, so {@link ShrinkFit} uses this weight only
 * while some point's noise is unknown. Measured with {@code evolve-eval} on the sample CPU models
 * (README): ResNet-50 at k = 3 went from 4.3 to 3.1 % MAPE, VGG16 from 6.9 to 6.3 %.
 *
 * <p>The likelihood of σ is the marginal likelihood of the log ratios with the mean integrated out
 * (flat), each point's variance {@code σ² + v_i} (v_i its known measurement variance, else 0);
 * residuals are capped at {@link ShrinkFit#OUTLIER_CUT} robust scales as in the fit, so one far probe
 * cannot by itself make a quiet device look busy.
 */
final class AgreementWeight {

    /** Lowest scatter considered: 2 %, the quietest whole-model repeatability measured (DESIGN §4b). */
    static final double LOW = ShrinkFit.MIN_ROBUST_SCALE;
    /** The highest scatter considered, as a multiple of the generic prior's (0.30 while noise is unknown). */
    static final double HIGH_FACTOR = 2;
    static final int GRID = 40;
    /** From this many points the James–Stein constant drops from 3 to 1.5. */
    static final int FULL_C_POINTS = 4;

    private AgreementWeight() {
    }

    /**
     * @param r        the points' log ratios
     * @param v        their known measurement variances (0 = unknown)
     * @param robust   per-point robust scales for capping residuals, or null (fewer than four points)
     * @param d        the estimate's distance from the shrinkage target
     * @param c        the James–Stein constant
     * @param prior2   the generic prior scatter² (its root × {@link #HIGH_FACTOR} bounds the grid)
     */
    static double of(double[] r, double[] v, double[] robust, double d, double c, double prior2) {
        double hi = Math.max(2 * LOW, HIGH_FACTOR * Math.sqrt(prior2));
        double step = Math.log(hi / LOW) / (GRID - 1);
        double[] logL = new double[GRID], weight = new double[GRID];
        double max = Double.NEGATIVE_INFINITY;
        for (int g = 0; g < GRID; g++) {
            double sigma = LOW * Math.exp(g * step), s2 = sigma * sigma;
            double sw = 0, swr = 0, logW = 0;
            double[] w = new double[r.length];
            for (int i = 0; i < r.length; i++) {
                w[i] = 1 / (s2 + v[i]);
                sw += w[i];
                swr += w[i] * r[i];
                logW += Math.log(w[i]);
            }
            double mean = swr / sw, q = 0;
            for (int i = 0; i < r.length; i++) {
                double e2 = (r[i] - mean) * (r[i] - mean);
                if (robust != null) e2 = Math.min(e2, ShrinkFit.OUTLIER_CUT * ShrinkFit.OUTLIER_CUT * robust[i] * robust[i]);
                q += w[i] * e2;
            }
            // log-uniform prior: equal mass per grid step, so the posterior is the likelihood.
            logL[g] = 0.5 * logW - 0.5 * Math.log(sw) - 0.5 * q;
            max = Math.max(max, logL[g]);
            double cs = c / sw;
            double t2 = Math.max(0, d * d - cs);
            weight[g] = t2 + cs > 0 ? cs / (t2 + cs) : 1;
        }
        double z = 0, b = 0;
        for (int g = 0; g < GRID; g++) {
            double p = Math.exp(logL[g] - max);
            z += p;
            b += p * weight[g];
        }
        return b / z;
    }
}
