package io.evolp.predict.gp;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Limited-memory BFGS with a backtracking (Armijo) line search, for smooth objectives of a few dozen
 * unconstrained parameters. Bounds are the caller's business (a smooth transform of the parameters).
 * Stops after {@code maxIter} iterations, when the gradient is tiny, or when a step no longer lowers
 * the objective by a relative {@value #FTOL}; always returns the best point it evaluated.
 */
final class Lbfgs {

    /** f(x) and its gradient; returns +∞ (gradient ignored) where f is undefined. */
    interface Objective {
        double value(double[] x, double[] gradientOut);
    }

    record Result(double[] x, double value, int iterations) {
    }

    static final double FTOL = 1e-9;
    private static final int MEMORY = 7;

    private Lbfgs() {
    }

    static Result minimise(Objective f, double[] start, int maxIter) {
        int n = start.length;
        double[] x = start.clone(), g = new double[n];
        double fx = f.value(x, g);
        if (!Double.isFinite(fx)) return new Result(x, fx, 0);
        Deque<double[]> ss = new ArrayDeque<>(), ys = new ArrayDeque<>();
        Deque<Double> rhos = new ArrayDeque<>();
        int it = 0;
        for (; it < maxIter; it++) {
            if (norm(g) < 1e-6) break;
            double[] d = direction(g, ss, ys, rhos);
            double slope = dot(d, g);
            if (slope >= 0) {               // not a descent direction: restart from steepest descent
                ss.clear(); ys.clear(); rhos.clear();
                d = scale(g, -1);
                slope = dot(d, g);
            }
            double step = it == 0 && ss.isEmpty() ? Math.min(1, 1 / Math.max(norm(g), 1e-12)) : 1;
            double[] xn = new double[n], gn = new double[n];
            double fn = Double.POSITIVE_INFINITY;
            boolean accepted = false;
            for (int ls = 0; ls < 30; ls++) {
                for (int i = 0; i < n; i++) xn[i] = x[i] + step * d[i];
                fn = f.value(xn, gn);
                if (Double.isFinite(fn) && fn <= fx + 1e-4 * step * slope) {
                    accepted = true;
                    break;
                }
                step *= 0.5;
            }
            if (!accepted) break;
            double[] s = new double[n], y = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = xn[i] - x[i];
                y[i] = gn[i] - g[i];
            }
            double sy = dot(s, y);
            if (sy > 1e-12) {
                ss.addFirst(s);
                ys.addFirst(y);
                rhos.addFirst(1 / sy);
                if (ss.size() > MEMORY) {
                    ss.removeLast();
                    ys.removeLast();
                    rhos.removeLast();
                }
            }
            boolean flat = fx - fn <= FTOL * Math.max(1, Math.abs(fx));
            x = xn;
            g = gn;
            fx = fn;
            if (flat) break;
        }
        return new Result(x, fx, it);
    }

    /** The two-loop recursion: −H·g with the stored pairs, newest first. */
    private static double[] direction(double[] g, Deque<double[]> ss, Deque<double[]> ys, Deque<Double> rhos) {
        double[] q = g.clone();
        int m = ss.size();
        double[] alpha = new double[m];
        var si = ss.iterator();
        var yi = ys.iterator();
        var ri = rhos.iterator();
        double[][] sArr = new double[m][], yArr = new double[m][];
        double[] rArr = new double[m];
        for (int k = 0; k < m; k++) {
            sArr[k] = si.next();
            yArr[k] = yi.next();
            rArr[k] = ri.next();
            alpha[k] = rArr[k] * dot(sArr[k], q);
            for (int i = 0; i < q.length; i++) q[i] -= alpha[k] * yArr[k][i];
        }
        if (m > 0) {
            double gamma = dot(sArr[0], yArr[0]) / dot(yArr[0], yArr[0]);
            for (int i = 0; i < q.length; i++) q[i] *= gamma;
        }
        for (int k = m - 1; k >= 0; k--) {
            double b = rArr[k] * dot(yArr[k], q);
            for (int i = 0; i < q.length; i++) q[i] += (alpha[k] - b) * sArr[k][i];
        }
        return scale(q, -1);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double[] scale(double[] a, double k) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i] * k;
        return out;
    }
}
