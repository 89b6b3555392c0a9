package io.evolp.evolve;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded synthetic (raw, measured) sequences for the correction tests. */
final class Data {

    private Data() {
    }

    /** {@code n} points, raw uniform in [20, 200] ms, measured = slope·raw·(1 + noise·Z). */
    static List<double[]> noisy(int n, double slope, double noise, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double raw = 20 + 180 * r.nextDouble();
            out.add(new double[]{raw, slope * raw * (1 + noise * r.nextGaussian())});
        }
        return out;
    }

    /** Multiplies every tenth measurement (indices 3, 13, 23, …) by {@code factor}: 10% gross outliers. */
    static List<double[]> withOutliers(List<double[]> pts, double factor) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < pts.size(); i++) {
            double[] p = pts.get(i);
            out.add(new double[]{p[0], i % 10 == 3 ? p[1] * factor : p[1]});
        }
        return out;
    }

    static Correction feed(Correction c, List<double[]> pts) {
        for (double[] p : pts) c = c.withPoint(p[0], p[1]);
        return c;
    }

    /**
     * Largest relative deviation of apply(raw)/raw from {@code slope} over raw in [100, 200], the
     * bulk of the data. Not down to 20: there a line's intercept is extrapolated, and 2–3% noise on
     * 20 points alone moves that by several percent — the sampling noise of any line fit, not what
     * the tests look for.
     */
    static double worstSlopeError(Correction c, double slope) {
        double worst = 0;
        for (double raw = 100; raw <= 200; raw += 10) {
            worst = Math.max(worst, Math.abs(c.apply(raw) / raw - slope) / slope);
        }
        return worst;
    }
}
