package io.evolp.evolve;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code robust} — Huber regression of {@code measured = a·raw + b} on <b>relative</b> residuals
 * {@code r = (measured − fit)/measured}, over the last {@code window} points only.
 *
 * <p>Why: a whole-model run now and then hits a throttled or busy device (a ×2–×3 outlier), and a
 * board drifts as it warms. Relative residuals give a 20 ms and a 200 ms model the same say (noise
 * is multiplicative); Huber's loss caps an outlier's pull at {@code k·σ}; the window forgets the
 * device as it was. Fitted by iteratively reweighted least squares with weights
 * {@code (1/measured²)·min(1, k/|r/σ|)}, k = 1.345 (95% efficiency on clean normal data), σ the
 * normalised median absolute residual re-estimated each iteration, starting from the relative
 * least-squares fit. Fallbacks as {@link LinearCorrection}: one point or equal raws → scale only,
 * a non-positive slope → scale only; no points → identity.
 *
 * <p>Band: {@code apply(raw) · (1 ± t(0.95, m−p) · s · √(1 + p/m))} — relative. s is the RMS of the
 * relative residuals within 3s (iterated clipping started from the MAD scale σ; the rest are the
 * outliers, m the points kept), divided by 0.973 = E[Z² | |Z| &lt; 3] so it is unbiased for normal noise. Not σ itself: the MAD of
 * 20 points is a noisy scale (37% efficiency) and gave bands covering 68–99% instead of 90%; the
 * 3σ-trimmed RMS keeps nearly full efficiency while still ignoring gross outliers. The √(1 + p/m)
 * factor is a simple allowance for the parameters' own uncertainty. ±50% while m − p &lt; 1.
 */
public final class RobustCorrection implements Correction {

    public static final int DEFAULT_WINDOW = 20;
    static final double HUBER_K = 1.345;
    private static final int MAX_ITERATIONS = 100;
    /** Floor for σ: when most points fit exactly, σ → 0 and the weights would divide by zero. */
    private static final double MIN_SIGMA = 1e-6;

    private final int window;
    private final List<double[]> points;
    private final GuardedLine line;
    private final boolean scaleOnly;
    private final double sigma;      // MAD scale of the relative residuals
    private final double bandScale;  // 3σ-trimmed RMS of the relative residuals; NaN without dof
    private final double halfWidth;  // relative band half width
    private final int used;

    public RobustCorrection(List<double[]> points, int window) {
        if (window < 2) throw new IllegalArgumentException("robust window must be >= 2, was " + window);
        this.window = window;
        this.points = Points.copyOf(points);
        FitCount.add(this.points.size());
        List<double[]> w = Points.last(this.points, window);
        used = w.size();
        double[] fit = Points.distinctRaws(w) ? irls(w, false) : null;
        scaleOnly = fit == null || !(fit[0] > 0);
        if (used == 0) line = GuardedLine.IDENTITY;
        else line = scaleOnly ? new GuardedLine(irls(w, true)[0], 0) : new GuardedLine(fit[0], fit[1]);
        int p = scaleOnly ? 1 : 2;
        double[] r = relativeResiduals(w, line.a(), line.b());
        sigma = used == 0 ? Double.NaN : Math.max(MIN_SIGMA, madScale(r));
        double ss = 0;
        int kept = 0;
        // Iterated 3-sigma clipping, started from the MAD scale: the MAD of ~20 points can be half
        // the true scale, and clipping once at 3·MAD would then cut honest inliers.
        double cut = 3 * sigma;
        for (int it = 0; it < 20 && used > 0; it++) {
            ss = 0;
            kept = 0;
            for (double ri : r) {
                if (Math.abs(ri) <= cut) {
                    ss += ri * ri;
                    kept++;
                }
            }
            double next = kept > p ? 3 * Math.sqrt(ss / ((kept - p) * 0.973)) : cut;
            if (next == cut) break;
            cut = next;
        }
        if (kept - p >= 1) {
            bandScale = Math.sqrt(ss / ((kept - p) * 0.973));
            halfWidth = Quantiles.t95(kept - p) * bandScale * Math.sqrt(1 + (double) p / kept);
        } else {
            bandScale = Double.NaN;
            halfWidth = Quantiles.UNFITTED_RELATIVE_HALF_WIDTH;
        }
    }

    public RobustCorrection(List<double[]> points) {
        this(points, DEFAULT_WINDOW);
    }

    /** {a, b} (b = 0 when {@code scaleOnly}); null when a line cannot be fitted. */
    private static double[] irls(List<double[]> pts, boolean scaleOnly) {
        int n = pts.size();
        double[] base = new double[n], w = new double[n];
        for (int i = 0; i < n; i++) base[i] = 1 / (pts.get(i)[1] * pts.get(i)[1]);
        double[] ab = solve(pts, base, scaleOnly);
        for (int it = 0; it < MAX_ITERATIONS && ab != null; it++) {
            double[] r = relativeResiduals(pts, ab[0], ab[1]);
            double s = Math.max(MIN_SIGMA, madScale(r));
            for (int i = 0; i < n; i++) {
                double u = Math.abs(r[i]) / s;
                w[i] = base[i] * (u <= HUBER_K ? 1 : HUBER_K / u);
            }
            double[] next = solve(pts, w, scaleOnly);
            if (next == null) return ab;
            boolean converged = Math.abs(next[0] - ab[0]) <= 1e-12 * Math.abs(ab[0])
                    && Math.abs(next[1] - ab[1]) <= 1e-12 * (Math.abs(ab[1]) + pts.get(n - 1)[1]);
            ab = next;
            if (converged) break;
        }
        return ab;
    }

    private static double[] solve(List<double[]> pts, double[] w, boolean scaleOnly) {
        return scaleOnly ? new double[]{WeightedFit.scale(pts, w), 0} : WeightedFit.line(pts, w);
    }

    private static double[] relativeResiduals(List<double[]> pts, double a, double b) {
        double[] r = new double[pts.size()];
        for (int i = 0; i < r.length; i++) {
            double[] p = pts.get(i);
            r[i] = (p[1] - (a * p[0] + b)) / p[1];
        }
        return r;
    }

    /** 1.4826 · median |r|: the normal-consistent robust scale of residuals centred on zero. */
    static double madScale(double[] r) {
        double[] abs = new double[r.length];
        for (int i = 0; i < r.length; i++) abs[i] = Math.abs(r[i]);
        Arrays.sort(abs);
        int n = abs.length;
        double med = n % 2 == 1 ? abs[n / 2] : (abs[n / 2 - 1] + abs[n / 2]) / 2;
        return 1.4826 * med;
    }

    @Override public String kind() { return "robust"; }

    public int window() { return window; }

    @Override public int size() { return points.size(); }

    @Override public double apply(double raw) { return line.apply(raw); }

    @Override
    public Band band(double raw) {
        double c = apply(raw);
        return Band.around(c, halfWidth * c);
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("a", line.a());
        m.put("b", line.b());
        m.put("n", (double) used);
        m.put("window", (double) window);
        m.put("scale_only", scaleOnly ? 1.0 : 0.0);
        m.put("relative_sigma", sigma);
        m.put("band_relative_sd", bandScale);
        return m;
    }

    @Override
    public RobustCorrection withPoint(double raw, double measured) {
        return new RobustCorrection(Points.append(points, raw, measured), window);
    }

    @Override public RobustCorrection withoutPoints() { return new RobustCorrection(List.of(), window); }

    @Override public List<double[]> points() { return Points.copies(points); }
}
