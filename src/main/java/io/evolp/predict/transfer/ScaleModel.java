package io.evolp.predict.transfer;

import io.evolp.core.LayerConfig;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * log target = a + b · log source + offset(family): a global map from source to target latency,
 * then per-family offsets shrunk towards it. Each family's offset is the mean of its rows'
 * remaining log ratio times {@code n / (n + k)}, so a single noisy row cannot throw a family off.
 * The strength {@code k = σ² / τ²} is learnt from the rows (empirical Bayes): σ² the scatter of rows
 * around their family's mean, τ² how far family means lie apart beyond what that scatter explains.
 * Devices whose families really differ (MobileNet's aligned depthwise layers: ×34 against ×4 for the
 * rest, sample-data/measured) get weak shrinkage, a device that is one scale plus noise a strong one;
 * without families of two rows it falls back to {@value #SHRINK}. Offsets are learnt at two levels —
 * the key, then the key split by channel alignment on what the key left.
 *
 * @param a       intercept (log ms)
 * @param b       slope on log source latency (1 = pure scale)
 * @param offsets family label → log offset (empty: no families)
 * @param counts  family label → rows that taught it
 */
record ScaleModel(double a, double b, Map<String, Double> offsets, Map<String, Integer> counts) {

    static final double SHRINK = 3;
    /** Bounds of the learnt strength: never trust one row fully, never ignore twelve. */
    static final double MIN_SHRINK = 0.25, MAX_SHRINK = 12;
    /** Ridge weight pulling the slope towards 1 (a pure scale) when there are few rows. */
    static final double SLOPE_PRIOR = 4;

    ScaleModel {
        offsets = Map.copyOf(offsets);
        counts = Map.copyOf(counts);
    }

    /**
     * @param layers    target rows' layers
     * @param logSource log source prediction of each row
     * @param logTarget log measured target latency of each row
     */
    static ScaleModel fit(List<LayerConfig> layers, double[] logSource, double[] logTarget, boolean slope, boolean families) {
        int n = logTarget.length;
        double ms = mean(logSource), mt = mean(logTarget);
        double b = 1;
        if (slope && n >= 3) {
            double sxy = 0, sxx = 0;
            for (int i = 0; i < n; i++) {
                sxy += (logSource[i] - ms) * (logTarget[i] - mt);
                sxx += (logSource[i] - ms) * (logSource[i] - ms);
            }
            b = (sxy + SLOPE_PRIOR) / (sxx + SLOPE_PRIOR);
        }
        double a = mt - b * ms;
        if (!families) return new ScaleModel(a, b, Map.of(), Map.of());
        double[] r = new double[n];
        for (int i = 0; i < n; i++) r[i] = logTarget[i] - a - b * logSource[i];
        return families(a, b, layers, r);
    }

    /**
     * A fixed map {@code a + b · log source} with family offsets learnt from {@code remaining}, what
     * the map (and whatever else the caller adds to it) leaves of each row's log target latency.
     */
    static ScaleModel families(double a, double b, List<LayerConfig> layers, double[] remaining) {
        Map<String, Double> off = new HashMap<>();
        Map<String, Integer> cnt = new HashMap<>();
        double[] r = remaining.clone();
        level(layers, r, Families::key, off, cnt);
        for (int i = 0; i < r.length; i++) r[i] -= off.getOrDefault(Families.key(layers.get(i)), 0.0);
        level(layers, r, Families::aligned, off, cnt);
        return new ScaleModel(a, b, off, cnt);
    }

    private static void level(List<LayerConfig> layers, double[] r, java.util.function.Function<LayerConfig, String> family,
                              Map<String, Double> off, Map<String, Integer> cnt) {
        Map<String, double[]> sums = new HashMap<>();
        for (int i = 0; i < r.length; i++) {
            double[] s = sums.computeIfAbsent(family.apply(layers.get(i)), k -> new double[3]);
            s[0] += r[i];
            s[1]++;
            s[2] += r[i] * r[i];
        }
        double k = strength(sums.values());
        sums.forEach((f, s) -> {
            off.put(f, s[0] / (s[1] + k));
            cnt.put(f, (int) s[1]);
        });
    }

    /**
     * Empirical-Bayes shrinkage strength σ²/τ² from per-family {sum, count, sum of squares}: σ² pooled
     * within-family variance, τ² the variance of family means (about 0, the global map's level) less
     * the part σ²/n their noise explains.
     */
    static double strength(java.util.Collection<double[]> families) {
        double within = 0, dof = 0, between = 0, noise = 0;
        int m = 0;
        for (double[] s : families) {
            double mean = s[0] / s[1];
            if (s[1] >= 2) {
                within += s[2] - s[1] * mean * mean;
                dof += s[1] - 1;
            }
            between += mean * mean;
            m++;
        }
        if (dof < 2 || m < 2) return SHRINK;
        double sigma2 = within / dof;
        for (double[] s : families) noise += sigma2 / s[1];
        double tau2 = (between - noise) / m;
        if (tau2 <= 0) return MAX_SHRINK;
        return Math.max(MIN_SHRINK, Math.min(MAX_SHRINK, sigma2 / tau2));
    }

    /** log target latency of {@code c} given its log source prediction. */
    double predictLog(LayerConfig c, double logSource) {
        double v = a + b * logSource;
        if (!offsets.isEmpty()) {
            v += offsets.getOrDefault(Families.key(c), 0.0) + offsets.getOrDefault(Families.aligned(c), 0.0);
        }
        return v;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return v.length == 0 ? 0 : s / v.length;
    }
}
