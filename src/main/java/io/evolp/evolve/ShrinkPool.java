package io.evolp.evolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Partial pooling of {@link ShrinkCorrection}s across model families (empirical Bayes).
 *
 * <ol>
 *   <li>The scatter is pooled over all families' residuals, so a family with one or two points
 *       borrows a scatter estimate from the others (for its estimate and, weighted as two points,
 *       for its band).</li>
 *   <li>With two or more measured families, the families' own log scales are treated as draws from
 *       N(μ₀, τ²): τ² by DerSimonian–Laird's moment estimate, μ₀ their precision-weighted mean,
 *       itself shrunk towards 0 ("measured = predicted") by positive-part James–Stein. Each family
 *       then shrinks towards μ₀ with the weight its own sampling noise earns; families that clearly
 *       differ (τ² large) keep their own scale.</li>
 * </ol>
 * With a single family only step 1 applies and the family shrinks towards 0 on its own evidence.
 */
final class ShrinkPool {

    /** How many points the pooled scatter counts for in one family's band. */
    static final double POOLED_BAND_POINTS = 2;

    private ShrinkPool() {
    }

    /** The families with the pooled prior installed (non-shrink entries are returned unchanged). */
    static Map<String, Correction> install(Map<String, Correction> families) {
        List<ShrinkCorrection> measured = new ArrayList<>();
        boolean known = true;
        for (Correction c : families.values()) {
            if (c instanceof ShrinkCorrection s && s.size() > 0) {
                measured.add(s);
                known &= ShrinkCorrection.noiseKnown(s.spreads());
            }
        }
        if (measured.size() < 2) return families; // alone: nothing to pool
        double ss = 0, sst = 0, df = 0, noise2 = 0;
        int points = 0;
        for (ShrinkCorrection s : measured) {
            ShrinkFit alone = s.withPrior(null).fit();
            ss += alone.residualSum();
            sst += alone.bandResidualSum();
            df += alone.n() - 1;
            noise2 += alone.meanNoise2() * alone.n();
            points += alone.n();
        }
        ShrinkPrior generic = ShrinkPrior.alone(known, noise2 / points);
        double scatter2 = (ShrinkFit.PRIOR_POINTS * generic.scatter2() + ss) / (ShrinkFit.PRIOR_POINTS + df);
        double bandScatter2 = df >= 1 ? sst / df : generic.bandScatter2();
        double bandDf = df >= 1 ? Math.min(df, POOLED_BAND_POINTS) : generic.bandDf();
        ShrinkPrior lone = new ShrinkPrior(scatter2, 0, Double.NaN, 0, bandScatter2, bandDf);
        List<ShrinkFit> fits = new ArrayList<>();
        for (ShrinkCorrection s : measured) fits.add(s.withPrior(lone).fit());
        ShrinkPrior prior = between(fits, lone);
        Map<String, Correction> out = new LinkedHashMap<>();
        families.forEach((k, c) -> out.put(k, c instanceof ShrinkCorrection s ? s.withPrior(prior) : c));
        return out;
    }

    /** DerSimonian–Laird τ², the random-effects mean, and that mean shrunk towards 0. */
    private static ShrinkPrior between(List<ShrinkFit> fits, ShrinkPrior lone) {
        double sw = 0, sw2 = 0, swm = 0;
        for (ShrinkFit f : fits) {
            double w = 1 / f.ownVar();
            sw += w;
            sw2 += w * w;
            swm += w * f.own();
        }
        double mean = swm / sw, q = 0;
        for (ShrinkFit f : fits) q += (f.own() - mean) * (f.own() - mean) / f.ownVar();
        double c = sw - sw2 / sw;
        double tau2 = c > 0 ? Math.max(0, (q - (fits.size() - 1)) / c) : 0;
        double sW = 0, sWm = 0;
        for (ShrinkFit f : fits) {
            double w = 1 / (tau2 + f.ownVar());
            sW += w;
            sWm += w * f.own();
        }
        double mu0 = sWm / sW, v0 = 1 / sW;
        double target = mu0 * Math.max(0, 1 - ShrinkFit.SHRINK_C_FEW * v0 / (mu0 * mu0));
        if (!Double.isFinite(target)) target = 0;
        return new ShrinkPrior(lone.scatter2(), target, tau2, v0, lone.bandScatter2(), lone.bandDf());
    }
}
