package io.evolp.evolve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bayes} — Bayesian linear regression {@code measured = a·raw + b + ε} with a conjugate
 * Normal-inverse-gamma prior, so it has an honest answer from the very first prediction.
 *
 * <p>Noise is taken as relative to raw: {@code ε ~ N(0, σ²·raw²)} (timing noise is multiplicative),
 * i.e. observations weighted by {@code 1/raw²}. Prior: {@code (a, b) | σ² ~ N((1, 0), σ²·V0)},
 * {@code σ² ~ InvGamma(α0 = 1, β0 = s0²)}, with {@code V0 = diag(τa², τb²)/s0²} so that the prior
 * marginal of a has scale τa and of b scale τb (ms) whatever s0 is. Defaults: τa = 0.5 (the layer sum
 * may miss by tens of percent), τb = 10 ms (per-model overhead: pooling, classifier, framework),
 * s0 = 0.1 (10% relative noise).
 *
 * <p>{@link #apply} is the posterior mean line (guarded as every correction; a non-positive slope
 * falls back to the weighted scale {@code Σ(y/x)/n}); {@link #band} the 90% posterior predictive
 * interval, a Student t with {@code 2αn} degrees of freedom — wide with no data, narrowing as
 * points arrive.
 */
public final class BayesCorrection implements Correction {

    public static final double DEFAULT_SLOPE_SD = 0.5;
    public static final double DEFAULT_INTERCEPT_SD_MS = 10;
    public static final double DEFAULT_NOISE = 0.1;
    private static final double ALPHA0 = 1;

    private final double slopeSd, interceptSdMs, noise;
    private final List<double[]> points;
    private final GuardedLine line;
    private final double ma, mb;            // posterior mean
    private final double vaa, vab, vbb;     // posterior V (covariance / σ²)
    private final double noiseScale2;       // βn / αn
    private final double t;

    public BayesCorrection(List<double[]> points, double slopeSd, double interceptSdMs, double noise) {
        if (!(slopeSd > 0 && interceptSdMs > 0 && noise > 0)) {
            throw new IllegalArgumentException("bayes prior widths must be > 0");
        }
        this.slopeSd = slopeSd;
        this.interceptSdMs = interceptSdMs;
        this.noise = noise;
        this.points = Points.copyOf(points);
        FitCount.add(this.points.size());
        // Precision (V⁻¹) of the prior, then add Σ w φφᵀ with φ = (x, 1), w = 1/x².
        double p0a = noise * noise / (slopeSd * slopeSd), p0b = noise * noise / (interceptSdMs * interceptSdMs);
        double paa = p0a, pab = 0, pbb = p0b, ra = p0a * 1, rb = 0, yy = 0;
        for (double[] p : this.points) {
            double x = p[0], y = p[1], w = 1 / (x * x);
            paa += w * x * x;
            pab += w * x;
            pbb += w;
            ra += w * x * y;
            rb += w * y;
            yy += w * y * y;
        }
        double det = paa * pbb - pab * pab;
        vaa = pbb / det;
        vab = -pab / det;
        vbb = paa / det;
        ma = vaa * ra + vab * rb;
        mb = vab * ra + vbb * rb;
        int n = this.points.size();
        double alphaN = ALPHA0 + n / 2.0;
        double prior = p0a * 1 * 1; // μ0ᵀ P0 μ0 with μ0 = (1, 0)
        double post = ma * (paa * ma + pab * mb) + mb * (pab * ma + pbb * mb);
        double betaN = ALPHA0 * noise * noise + 0.5 * Math.max(0, yy + prior - post);
        noiseScale2 = betaN / alphaN;
        t = Quantiles.t95(2 * alphaN);
        line = ma > 0 ? new GuardedLine(ma, mb) : new GuardedLine(meanRatio(this.points), 0);
    }

    /** The default prior (see class comment) with these points. */
    public BayesCorrection(List<double[]> points) {
        this(points, DEFAULT_SLOPE_SD, DEFAULT_INTERCEPT_SD_MS, DEFAULT_NOISE);
    }

    private static double meanRatio(List<double[]> pts) {
        double s = 0;
        for (double[] p : pts) s += p[1] / p[0];
        return s / pts.size();
    }

    @Override public String kind() { return "bayes"; }

    public double slopeSd() { return slopeSd; }

    public double interceptSdMs() { return interceptSdMs; }

    public double noise() { return noise; }

    @Override public int size() { return points.size(); }

    @Override public double apply(double raw) { return line.apply(raw); }

    @Override
    public Band band(double raw) {
        double quad = raw * raw * vaa + 2 * raw * vab + vbb; // φᵀ V φ
        double scale = Math.sqrt(noiseScale2 * (raw * raw + quad));
        return Band.around(apply(raw), t * scale);
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("a", line.a());
        m.put("b", line.b());
        m.put("n", (double) points.size());
        m.put("a_sd", Math.sqrt(noiseScale2 * vaa));
        m.put("b_sd_ms", Math.sqrt(noiseScale2 * vbb));
        m.put("relative_noise", Math.sqrt(noiseScale2));
        return m;
    }

    @Override
    public BayesCorrection withPoint(double raw, double measured) {
        return new BayesCorrection(Points.append(points, raw, measured), slopeSd, interceptSdMs, noise);
    }

    @Override
    public BayesCorrection withoutPoints() {
        return new BayesCorrection(List.of(), slopeSd, interceptSdMs, noise);
    }

    @Override public List<double[]> points() { return Points.copies(points); }
}
