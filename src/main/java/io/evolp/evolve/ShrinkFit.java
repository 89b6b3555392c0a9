package io.evolp.evolve;

import io.evolp.core.Stats;

import java.util.List;

/**
 * The estimate behind {@link ShrinkCorrection}, in log space: each point gives the log ratio
 * {@code r = ln(measured/raw)} and, when its spread is known, a measurement variance
 * {@code v = (sd/measured)²}. The model is {@code r_i = μ + e_i}, {@code e_i ~ N(0, σ² + v_i)}, where
 * σ² is the model-to-model scatter beyond the measurements' own noise.
 *
 * <p>Why log ratios and a single scale: the layer sum misses a family by a factor (fusion, framework,
 * pooling), timing noise is multiplicative, and a scale cannot be tilted by one far point — the
 * failure that drove EvoLP's least-squares slope to 8.8 on the most pruned probe (issue 10).
 *
 * <ul>
 *   <li>μ is a Huber mean with weights {@code 1/(σ² + v_i)}: a noisier measurement counts less, and
 *       from four points on a gross outlier (a far probe of a very pruned model) is capped at 1.345
 *       robust (MAD) scales of pull, its say in the scatter likewise;</li>
 *   <li>for the <b>estimate</b>, σ² has a conservative prior ({@link ShrinkPrior#scatter2()}, one
 *       pseudo-point): one or two points cannot claim a quiet device;</li>
 *   <li>the estimate is shrunk towards {@code target} (0 = "measured = predicted", or the pooled
 *       family mean) by {@code B = c·s²/(c·s² + τ²)}, s² the sampling variance of μ. Without a pooled
 *       τ² the strength comes from the data itself, τ² = max(0, (μ − target)² − c·s²) (positive-part
 *       James–Stein with c = {@link #shrinkC}): a ratio not clearly outside its noise is not applied.
 *       While some point's noise is unknown, from two points on that weight is averaged over the
 *       posterior of the scatter given how closely the points agree ({@link AgreementWeight}), so
 *       points that agree within a few percent are trusted at once; one point of unknown noise
 *       uses c = {@link #SHRINK_C_ONE};</li>
 *   <li>the <b>band</b> uses the data's own total scatter s_t² (noise included; the prior weighs only
 *       {@link ShrinkPrior#bandDf()} points), so it is not wide for ever on a quiet device: with
 *       normal scatter the t prediction interval {@code μ̂ ± t(df)·√(s_t² + s_t²/n)} covers 90% of new
 *       measurements;</li>
 *   <li>only the points of the device's current regime count ({@link RegimeShift}): a sustained
 *       shift (thermal, firmware) replaces the old evidence from its third point.</li>
 * </ul>
 */
record ShrinkFit(int n, double own, double ownVar, double scatter2, double residualSum, double bandResidualSum,
                 double meanNoise2, double shrinkWeight, double estimate, double estimateVar, double bandScatter2,
                 double bandDf, int regimeStart) {

    static final double HUBER_K = 1.345;
    /** Residuals beyond this many robust scales count as this many in the scatter. */
    static final double OUTLIER_CUT = 3;
    /** Below four points a median says too little to call any of them an outlier. */
    static final int MIN_ROBUST_POINTS = 4;
    /** Floor of the robust scale: 2%, the quietest whole-model repeatability measured here (DESIGN §4b). */
    static final double MIN_ROBUST_SCALE = 0.02;
    /** Weight of the prior scatter in the estimate, in points. */
    static final double PRIOR_POINTS = 1;
    /**
     * James–Stein constant while the scatter rests on fewer than {@link #MIN_SCATTER_POINTS} points:
     * apply a scale only when it is more than √3 sampling sds from the target — one or two points of
     * unknown noise (17 % on a busy device) must not move the prediction.
     */
    static final double SHRINK_C_FEW = 3;
    /**
     * From {@link #MIN_SCATTER_POINTS} points on the scatter is the data's own and the constant
     * drops to 1.5 (1 would be the plain empirical-Bayes τ² = d² − s²). Measured with evolve-eval
     * on the sample CPU models: 3 left MobileNetV1's 8 % bias uncorrected at k = 3 (z ≈ 1.5); 1.5
     * applies part of it and still never loses to the raw sum on the unbiased ResNet-50 / VGG16;
     * 1 lost up to 1 point on copies with 15 % injected noise.
     */
    static final double SHRINK_C = 1.5;
    static final int MIN_SCATTER_POINTS = 3;
    /**
     * James–Stein constant of a lone point of unknown noise: its scatter is the prior alone, so the
     * evidence is weaker than at two points. On 64 noisy copies (15 % injected noise) 3 lost up to
     * 0.46 MAPE points at k = 1, 6 loses 0.32; on the clean sample models neither applies a point.
     */
    static final double SHRINK_C_ONE = 6;
    /** From two points on a lone family's shrinkage weight follows their agreement ({@link AgreementWeight}). */
    static final int AGREEMENT_POINTS = 2;

    /** The James–Stein constant of the agreement weight: see {@link AgreementWeight#FULL_C_POINTS}. */
    static double agreementC(int n) {
        return n >= AgreementWeight.FULL_C_POINTS ? SHRINK_C : SHRINK_C_FEW;
    }

    static double shrinkC(int n) {
        return n >= MIN_SCATTER_POINTS ? SHRINK_C : SHRINK_C_FEW;
    }

    static ShrinkFit of(List<double[]> points, double[] sds, ShrinkPrior prior) {
        int all = points.size();
        double[] rAll = new double[all];
        for (int i = 0; i < all; i++) rAll[i] = Math.log(points.get(i)[1] / points.get(i)[0]);
        int start = RegimeShift.start(rAll); // points before a clear shift of the device no longer count
        int n = all - start;
        double[] r = java.util.Arrays.copyOfRange(rAll, start, all), v = new double[n];
        double vSum = 0;
        for (int i = 0; i < n; i++) {
            double sd = sds[start + i], measured = points.get(start + i)[1];
            v[i] = sd > 0 && Double.isFinite(sd) ? (sd / measured) * (sd / measured) : 0;
            vSum += v[i];
        }
        floorAtTypical(v);
        if (n == 0) {
            return new ShrinkFit(0, 0, Double.NaN, prior.scatter2(), 0, 0, 0, 1, prior.target(), prior.targetVar(),
                    prior.bandScatter2(), Math.max(2, prior.bandDf()), 0);
        }
        double[] robust = robustScales(r, v);
        double s2 = prior.scatter2(), mu = 0, sampling = 0, ss = 0, sst = 0;
        for (int it = 0; it < 20; it++) {
            double[] w = new double[n];
            double sw = 0;
            for (int i = 0; i < n; i++) {
                w[i] = 1 / (s2 + v[i]);
                sw += w[i];
            }
            sampling = 1 / sw;
            mu = huberMean(r, w, robust);
            ss = 0;
            sst = 0;
            for (int i = 0; i < n; i++) {
                double e2 = (r[i] - mu) * (r[i] - mu);
                // A gross outlier adds at most (3·robust scale)² (nearly unbiased for normal scatter,
                // E min(Z², 9) = 0.995), so one far probe cannot inflate the scatter — and with it the
                // shrinkage and the band — on its own. Not Huber's 1.345: the MAD of a handful of
                // points is too noisy a scale to clip honest residuals with.
                if (robust != null) e2 = Math.min(e2, OUTLIER_CUT * OUTLIER_CUT * robust[i] * robust[i]);
                ss += Math.max(0, e2 - v[i]);
                sst += e2;
            }
            double next = (PRIOR_POINTS * prior.scatter2() + ss) / (PRIOR_POINTS + n - 1);
            if (Math.abs(next - s2) <= 1e-12 * s2) break;
            s2 = next;
        }
        double d = mu - prior.target();
        double cs = shrinkC(n) * sampling;
        double b;
        if (!Double.isNaN(prior.tau2())) { // pooled: the other families say how far families differ
            b = prior.tau2() + cs > 0 ? cs / (prior.tau2() + cs) : 1;
        } else if (n >= AGREEMENT_POINTS && someUnknown(v)) {
            // alone, noise not known for every point: how closely the points agree says how quiet the
            // device is. (With every spread known the prior holds only the 5 % model scatter, which
            // two or three points overrule already: the plug-in weight below.)
            b = AgreementWeight.of(r, v, robust, d, agreementC(n), prior.scatter2());
        } else {
            if (n == 1 && someUnknown(v)) cs = SHRINK_C_ONE * sampling;
            double t2 = Math.max(0, d * d - cs);
            b = t2 + cs > 0 ? cs / (t2 + cs) : 1;
        }
        double est = (1 - b) * mu + b * prior.target();
        // The band predicts a new MEASURED value, so it is fitted to the total residuals — model
        // scatter and measurement noise together, as the held-out models will show them. (Adding a
        // typical measurement variance on top of a scatter that already holds it over-covered:
        // 96–99 % at k = 5 on the sample CPU models.) From three points on, a lone family's band is
        // the classical t prediction interval of its own residuals (90 % for normal scatter);
        // before that the prior sets a floor.
        double priorDf = n >= MIN_SCATTER_POINTS && Double.isNaN(prior.tau2()) ? 0 : prior.bandDf();
        double bandDf = priorDf + n - 1;
        double bandS2 = bandDf > 0 ? (priorDf * prior.bandScatter2() + sst) / bandDf : prior.bandScatter2();
        if (bandDf < 2) { // one or two points and no pool: at least the prior, with 2 df
            bandS2 = Math.max(bandS2, prior.bandScatter2());
            bandDf = 2;
        }
        // The own estimate's sampling variance is kept in full even when shrunk (the amount shrunk is
        // itself estimated from the same points), plus the target's when shrunk towards a pool. The
        // shift between the own and the shrunk estimate is not added: it made the band of a family
        // correctly left at "measured = predicted" wider than its data (99 % coverage, VGG16 k = 5).
        double estVar = bandS2 / n + b * b * prior.targetVar();
        return new ShrinkFit(n, mu, sampling, s2, ss, sst, vSum / n, b, est, estVar, bandS2, bandDf, start);
    }

    /**
     * When every point states its noise, no point counts as quieter than the family's typical stated
     * noise: {@code v_i ← max(v_i, median v)}. Why: a stated sd is itself an estimate, from three round
     * medians only 2 degrees of freedom (one in five states less than half its true sd), while the
     * noise is mostly a property of the device, shared by the family's points. Weighting by the raw
     * stated values gave a lucky-quiet point nearly all the weight and a sampling variance too small,
     * so a chance offset was applied. The median, not the mean: one genuinely noisy point (an
     * interrupted session) must not lift the quiet points' floor and so gain weight itself; it keeps
     * its own larger variance. Points of unknown noise (0) are left alone: the agreement weight
     * judges those. Measured with {@code packaging/checks/evolve-noisy.sh --known} (README).
     */
    static void floorAtTypical(double[] v) {
        if (v.length == 0 || someUnknown(v)) return;
        double typical = Stats.median(v.clone());
        for (int i = 0; i < v.length; i++) v[i] = Math.max(v[i], typical);
    }

    /** True when some point's measurement variance is unknown (0). */
    static boolean someUnknown(double[] v) {
        for (double x : v) if (!(x > 0)) return true;
        return false;
    }

    /**
     * Per-point robust scales {@code √(mad² + v_i)} for the Huber weights, null below four points.
     * The MAD (normal-consistent) of the log ratios is floored at {@link #MIN_ROBUST_SCALE}: three
     * nearly equal points must not turn an honest fourth into an outlier.
     */
    static double[] robustScales(double[] r, double[] v) {
        int n = r.length;
        if (n < MIN_ROBUST_POINTS) return null;
        double[] sorted = r.clone();
        java.util.Arrays.sort(sorted);
        double med = Stats.medianOfSorted(sorted);
        double[] dev = new double[n];
        for (int i = 0; i < n; i++) dev[i] = Math.abs(r[i] - med);
        java.util.Arrays.sort(dev);
        double mad = Math.max(MIN_ROBUST_SCALE, 1.4826 * Stats.medianOfSorted(dev));
        double[] s = new double[n];
        for (int i = 0; i < n; i++) s[i] = Math.sqrt(mad * mad + v[i]);
        return s;
    }

    /** Weighted Huber location with per-point robust scales, started from the weighted mean. */
    static double huberMean(double[] r, double[] w, double[] scale) {
        double mu = weightedMean(r, w, null);
        if (scale == null) return mu;
        double[] hw = new double[r.length];
        for (int it = 0; it < 50; it++) {
            for (int i = 0; i < r.length; i++) {
                double z = Math.abs(r[i] - mu) / scale[i];
                hw[i] = z <= HUBER_K ? 1 : HUBER_K / z;
            }
            double next = weightedMean(r, w, hw);
            if (Math.abs(next - mu) < 1e-13) return next;
            mu = next;
        }
        return mu;
    }

    private static double weightedMean(double[] r, double[] w, double[] extra) {
        double sw = 0, s = 0;
        for (int i = 0; i < r.length; i++) {
            double wi = w[i] * (extra == null ? 1 : extra[i]);
            sw += wi;
            s += wi * r[i];
        }
        return s / sw;
    }

    /** Variance of a new measured log ratio: the data's total scatter (noise included) and the estimate's. */
    double predictiveVar() {
        return bandScatter2 + estimateVar;
    }
}
