package io.evolp.evolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code shrink} — the default correction: a per-family scale {@code measured ≈ raw·e^μ} shrunk
 * towards "measured = predicted" (or, inside {@link FamilyCorrections}, towards the other families'
 * pooled scale) with a strength learnt from the data, points weighted by their measurement spread.
 * See {@link ShrinkFit} for the estimate and why it is a scale and not a line.
 *
 * <p>Why not EvoLP's least-squares line: on real whole models (issue 10) a line through 1–5 noisy
 * points made held-out predictions worse than the raw layer sum; this correction moves away from the
 * raw sum only as far as the evidence carries it, so with no signal it stays the identity.
 *
 * <p>Band: the 90% t prediction interval in log space, {@code e^(μ̂ ± t·√(s_t² + var μ̂))} with s_t²
 * the total scatter of the measured ratios (noise included) and the scatter's degrees of freedom;
 * ±50% with no points (as every kind).
 */
public final class ShrinkCorrection implements Correction {

    private final List<double[]> points;
    private final double[] sds;
    private final ShrinkPrior prior;
    private final ShrinkFit fit;
    private final double t;

    public ShrinkCorrection(List<double[]> points, double[] spreadsMs) {
        this(points, spreadsMs, null);
    }

    public ShrinkCorrection(List<double[]> points) {
        this(points, nans(points.size()), null);
    }

    ShrinkCorrection(List<double[]> points, double[] spreadsMs, ShrinkPrior prior) {
        this(Points.copyOf(points), spreadsMs.clone(), prior, true);
    }

    /** For already validated, immutable points and a private spreads array (refits with another prior). */
    private ShrinkCorrection(List<double[]> validated, double[] ownSpreads, ShrinkPrior prior, boolean checked) {
        this.points = validated;
        if (ownSpreads.length != this.points.size()) throw new IllegalArgumentException("one spread per point");
        this.sds = ownSpreads;
        this.prior = prior;
        FitCount.add(this.points.size());
        fit = ShrinkFit.of(this.points, sds, prior == null ? ShrinkPrior.alone(noiseKnown(sds), meanNoise2(points, sds)) : prior);
        t = Quantiles.t95(fit.bandDf());
    }

    /** True when every point's measurement noise is known (then the prior need not guess it). */
    static boolean noiseKnown(double[] sds) {
        if (sds.length == 0) return false;
        for (double sd : sds) if (!(sd > 0) || !Double.isFinite(sd)) return false;
        return true;
    }

    /** Mean relative measurement variance (sd/measured)² of the points whose noise is known. */
    static double meanNoise2(List<double[]> points, double[] sds) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < sds.length; i++) {
            if (!(sds[i] > 0) || !Double.isFinite(sds[i])) continue;
            double rel = sds[i] / points.get(i)[1];
            sum += rel * rel;
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }

    static double[] nans(int n) {
        double[] d = new double[n];
        Arrays.fill(d, Double.NaN);
        return d;
    }

    /** The same points fitted with another family-level prior (null: alone). */
    ShrinkCorrection withPrior(ShrinkPrior p) {
        if (p == prior) return this; // also: a family fitted alone is asked for its lone fit again
        return new ShrinkCorrection(points, sds, p, true); // points and spreads are immutable here
    }

    ShrinkFit fit() { return fit; }

    @Override public String kind() { return "shrink"; }

    @Override public int size() { return points.size(); }

    @Override
    public double apply(double raw) {
        return raw > 0 ? raw * Math.exp(fit.estimate()) : 0;
    }

    @Override
    public Band band(double raw) {
        double c = apply(raw);
        if (points.isEmpty()) return Band.around(c, Quantiles.UNFITTED_RELATIVE_HALF_WIDTH * c);
        double h = t * Math.sqrt(fit.predictiveVar());
        return new Band(c * Math.exp(-h), c * Math.exp(h));
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("a", Math.exp(fit.estimate()));
        m.put("b", 0.0);
        m.put("n", (double) points.size());
        m.put("own_scale", points.isEmpty() ? Double.NaN : Math.exp(fit.own()));
        m.put("shrink_weight", fit.shrinkWeight());
        m.put("target_scale", Math.exp(prior == null ? 0 : prior.target()));
        m.put("relative_scatter", Math.sqrt(fit.bandScatter2()));
        m.put("regime_start", (double) fit.regimeStart()); // points before it: an earlier state of the device
        return m;
    }

    @Override
    public ShrinkCorrection withPoint(double raw, double measured) {
        return withMeasurement(raw, measured, Double.NaN);
    }

    @Override
    public ShrinkCorrection withMeasurement(double raw, double measured, double spreadMs) {
        double[] s = Arrays.copyOf(sds, sds.length + 1);
        s[sds.length] = spreadMs;
        return new ShrinkCorrection(Points.append(points, raw, measured), s, null);
    }

    @Override public ShrinkCorrection withoutPoints() { return new ShrinkCorrection(List.of()); }

    @Override public List<double[]> points() { return Points.copies(points); }

    /** Each point's measurement sd, ms (NaN = unknown), in point order. */
    public double[] spreads() { return sds.clone(); }

    /** Many points at once: one fit instead of one per point (loading a long history). */
    static ShrinkCorrection of(List<double[]> pts, List<Double> spreads) {
        double[] s = new double[spreads.size()];
        for (int i = 0; i < s.length; i++) s[i] = spreads.get(i);
        return new ShrinkCorrection(new ArrayList<>(pts), s, null);
    }
}
