package io.evolp.evolve;

import java.util.List;

/** Weighted least squares for a line {@code y = a·x + b} or a scale {@code y = a·x}. */
final class WeightedFit {

    private WeightedFit() {
    }

    /** {a, b} minimising {@code Σ w (y − a x − b)²}, or null when the weighted x have no spread. */
    static double[] line(List<double[]> pts, double[] w) {
        double sw = 0, sx = 0, sy = 0;
        for (int i = 0; i < pts.size(); i++) {
            sw += w[i];
            sx += w[i] * pts.get(i)[0];
            sy += w[i] * pts.get(i)[1];
        }
        if (!(sw > 0)) return null;
        double mx = sx / sw, my = sy / sw, sxx = 0, sxy = 0;
        for (int i = 0; i < pts.size(); i++) {
            double dx = pts.get(i)[0] - mx;
            sxx += w[i] * dx * dx;
            sxy += w[i] * dx * (pts.get(i)[1] - my);
        }
        // Centred sums avoid the cancellation of Σx² − (Σx)²/n; a relative threshold detects "all x equal".
        if (!(sxx > 1e-18 * sw * mx * mx)) return null;
        double a = sxy / sxx;
        return new double[]{a, my - a * mx};
    }

    /** a minimising {@code Σ w (y − a x)²}. */
    static double scale(List<double[]> pts, double[] w) {
        double sxy = 0, sxx = 0;
        for (int i = 0; i < pts.size(); i++) {
            double x = pts.get(i)[0];
            sxy += w[i] * x * pts.get(i)[1];
            sxx += w[i] * x * x;
        }
        return sxy / sxx;
    }

    static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        return w;
    }
}
