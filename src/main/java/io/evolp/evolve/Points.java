package io.evolp.evolve;

import java.util.ArrayList;
import java.util.List;

/** Validated, immutable (raw, measured) point lists shared by the corrections. */
final class Points {

    private Points() {
    }

    static List<double[]> copyOf(List<double[]> points) {
        List<double[]> out = new ArrayList<>(points.size());
        for (double[] p : points) {
            if (p == null || p.length != 2) throw new IllegalArgumentException("a point is a pair [raw, measured]");
            check(p[0], p[1]);
            out.add(p.clone());
        }
        return List.copyOf(out);
    }

    static List<double[]> append(List<double[]> points, double raw, double measured) {
        check(raw, measured);
        List<double[]> out = new ArrayList<>(points);
        out.add(new double[]{raw, measured});
        return List.copyOf(out);
    }

    static List<double[]> copies(List<double[]> points) {
        List<double[]> out = new ArrayList<>(points.size());
        for (double[] p : points) out.add(p.clone());
        return out;
    }

    static List<double[]> last(List<double[]> points, int window) {
        return points.size() <= window ? points : points.subList(points.size() - window, points.size());
    }

    /** True when the raw values are not all (nearly) the same, so a slope can be fitted. */
    static boolean distinctRaws(List<double[]> points) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (double[] p : points) {
            min = Math.min(min, p[0]);
            max = Math.max(max, p[0]);
        }
        return points.size() >= 2 && max - min > 1e-9 * max;
    }

    private static void check(double raw, double measured) {
        if (!(raw > 0) || Double.isInfinite(raw) || !(measured > 0) || Double.isInfinite(measured)) {
            throw new IllegalArgumentException("a correction point needs finite raw > 0 and measured > 0, was ("
                    + raw + ", " + measured + ")");
        }
    }
}
