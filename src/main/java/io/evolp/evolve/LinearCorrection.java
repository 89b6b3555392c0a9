package io.evolp.evolve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code linear} — EvoLP's correction: ordinary least squares {@code measured = a·raw + b} on all
 * points. With a single point, or when all raw values are equal, or when the fitted slope is not
 * positive, it falls back to a pure scale through the origin ({@code a = Σxy/Σx²}, {@code b = 0};
 * with one point {@code a = measured/raw}) — the one shape that is safe to extrapolate.
 *
 * <p>Band: {@code apply(raw) ± t(0.95, n−p) · s · √(1 + h(raw))} with s the residual standard error
 * and h the leverage of raw (the classical prediction interval); ±50% while n − p &lt; 1.
 */
public final class LinearCorrection implements Correction {

    private final List<double[]> points;
    private final GuardedLine line;
    private final boolean scaleOnly;
    private final double residualSe;   // NaN when there are no residual degrees of freedom
    private final double t;
    private final double meanRaw, sxx, sumSqRaw;

    public LinearCorrection(List<double[]> points) {
        this.points = Points.copyOf(points);
        FitCount.add(this.points.size());
        int n = this.points.size();
        double[] fit = Points.distinctRaws(this.points) ? WeightedFit.line(this.points, WeightedFit.ones(n)) : null;
        this.scaleOnly = fit == null || !(fit[0] > 0);
        if (n == 0) {
            line = GuardedLine.IDENTITY;
        } else if (scaleOnly) {
            line = new GuardedLine(WeightedFit.scale(this.points, WeightedFit.ones(n)), 0);
        } else {
            line = new GuardedLine(fit[0], fit[1]);
        }
        double mean = 0, sq = 0;
        for (double[] p : this.points) {
            mean += p[0] / Math.max(1, n);
            sq += p[0] * p[0];
        }
        double s = 0;
        for (double[] p : this.points) s += (p[0] - mean) * (p[0] - mean);
        meanRaw = mean;
        sxx = s;
        sumSqRaw = sq;
        int df = n - (scaleOnly ? 1 : 2);
        if (df >= 1) {
            double ssr = 0;
            for (double[] p : this.points) {
                double r = p[1] - (line.a() * p[0] + line.b());
                ssr += r * r;
            }
            residualSe = Math.sqrt(ssr / df);
            t = Quantiles.t95(df);
        } else {
            residualSe = Double.NaN;
            t = Double.NaN;
        }
    }

    @Override public String kind() { return "linear"; }

    @Override public int size() { return points.size(); }

    @Override public double apply(double raw) { return line.apply(raw); }

    @Override
    public Band band(double raw) {
        double c = apply(raw);
        if (Double.isNaN(residualSe)) return Band.around(c, Quantiles.UNFITTED_RELATIVE_HALF_WIDTH * c);
        double leverage = scaleOnly ? raw * raw / sumSqRaw
                : 1.0 / points.size() + (raw - meanRaw) * (raw - meanRaw) / sxx;
        return Band.around(c, t * residualSe * Math.sqrt(1 + leverage));
    }

    @Override
    public Map<String, Double> parameters() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("a", line.a());
        m.put("b", line.b());
        m.put("n", (double) points.size());
        m.put("scale_only", scaleOnly ? 1.0 : 0.0);
        m.put("residual_se_ms", residualSe);
        return m;
    }

    @Override
    public LinearCorrection withPoint(double raw, double measured) {
        return new LinearCorrection(Points.append(points, raw, measured));
    }

    @Override public LinearCorrection withoutPoints() { return new LinearCorrection(List.of()); }

    @Override public List<double[]> points() { return Points.copies(points); }
}
