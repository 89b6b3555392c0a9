package io.evolp.predict.gp;

/**
 * The negative log marginal likelihood of a {@link GaussianProcess} and its gradient in the free
 * (unbounded) parameters: {@code ½ yᵀK⁻¹y + ½ log|K| + n/2 log 2π}, gradient {@code ½ tr((K⁻¹ − ααᵀ) ∂K/∂θ)}
 * with {@code α = K⁻¹y}, through the box map of {@link GaussianProcess.Bounds}. The parameters are the
 * log length scales, then the log amplitude and the log noise.
 */
final class MarginalLikelihood implements Lbfgs.Objective {

    private static final double JITTER = 1e-10;

    private final double[] t;
    private final int n, d;
    private final double[][] diff2;        // [dim][pair i<j] squared differences

    MarginalLikelihood(double[][] z, double[] t) {
        this.t = t;
        this.n = z.length;
        this.d = z[0].length;
        diff2 = new double[d][n * (n - 1) / 2];
        int p = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++, p++) {
                for (int k = 0; k < d; k++) {
                    double u = z[i][k] - z[j][k];
                    diff2[k][p] = u * u;
                }
            }
        }
    }

    /** The kernel part without noise, as pair values (i<j); the diagonal is the amplitude. */
    private double[] rbf(double[] theta) {
        double[] inv = new double[d];
        for (int k = 0; k < d; k++) inv[k] = Math.exp(-2 * theta[k]);
        double amp = Math.exp(theta[d]);
        double[] kp = new double[diff2[0].length];
        for (int k = 0; k < d; k++) {
            double[] dk = diff2[k];
            double w = inv[k];
            for (int p = 0; p < kp.length; p++) kp[p] += dk[p] * w;
        }
        for (int p = 0; p < kp.length; p++) kp[p] = amp * Math.exp(-0.5 * kp[p]);
        return kp;
    }

    private double[][] cholesky(double[] theta, double[] kp) {
        double amp = Math.exp(theta[d]), nz = Math.exp(theta[d + 1]);
        double[][] l = new double[n][n];
        int p = 0;
        for (int i = 0; i < n; i++) {
            l[i][i] = amp + nz + JITTER;
            for (int j = i + 1; j < n; j++, p++) l[j][i] = kp[p];
        }
        for (int j = 0; j < n; j++) {
            double[] lj = l[j];
            double sum = lj[j];
            for (int k = 0; k < j; k++) sum -= lj[k] * lj[k];
            if (!(sum > 0)) return null;
            double djj = Math.sqrt(sum);
            lj[j] = djj;
            for (int i = j + 1; i < n; i++) {
                double[] li = l[i];
                double s = li[j];
                for (int k = 0; k < j; k++) s -= li[k] * lj[k];
                li[j] = s / djj;
            }
            for (int k = j + 1; k < n; k++) lj[k] = 0;
        }
        return l;
    }

    private double[] solve(double[][] l, double[] b) {
        double[] v = b.clone();
        for (int i = 0; i < n; i++) {
            double s = v[i];
            for (int k = 0; k < i; k++) s -= l[i][k] * v[k];
            v[i] = s / l[i][i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = v[i];
            for (int k = i + 1; k < n; k++) s -= l[k][i] * v[k];
            v[i] = s / l[i][i];
        }
        return v;
    }

    double[] alpha(double[] theta) {
        double[][] l = cholesky(theta, rbf(theta));
        if (l == null) throw new IllegalStateException("the Gaussian process's kernel matrix is not positive definite");
        return solve(l, t);
    }

    @Override
    public double value(double[] u, double[] grad) {
        double[] theta = GaussianProcess.Bounds.toLog(u, d);
        double[] kp = rbf(theta);
        double[][] l = cholesky(theta, kp);
        if (l == null) return Double.POSITIVE_INFINITY;
        double[] a = solve(l, t);
        double nll = 0;
        for (int i = 0; i < n; i++) nll += 0.5 * t[i] * a[i] + Math.log(l[i][i]);
        nll += 0.5 * n * Math.log(2 * Math.PI);
        // K⁻¹ = L⁻ᵀ L⁻¹: invert the triangle, then multiply; loops ordered to walk rows (row-major arrays).
        double[][] li = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] acc = new double[i + 1];
            double[] lrow = l[i];
            for (int k = 0; k < i; k++) {
                double c = lrow[k];
                if (c == 0) continue;
                double[] lk = li[k];
                for (int j = 0; j <= k; j++) acc[j] += c * lk[j];
            }
            double inv = 1 / lrow[i];
            for (int j = 0; j < i; j++) acc[j] = -acc[j] * inv;
            acc[i] = inv;
            li[i] = acc;
        }
        double[][] kinv = new double[n][];
        for (int i = 0; i < n; i++) kinv[i] = new double[i + 1];
        for (int k = 0; k < n; k++) {
            double[] row = li[k];
            for (int i = 0; i <= k; i++) {
                double c = row[i];
                double[] ki = kinv[i];
                for (int j = 0; j <= i; j++) ki[j] += c * row[j];
            }
        }
        // gradient: ½ tr(W ∂K/∂θ) with W = K⁻¹ − ααᵀ; off-diagonal pairs count twice.
        double[] g = new double[d + 2];
        double amp = Math.exp(theta[d]), nz = Math.exp(theta[d + 1]);
        double trW = 0, diagAmp = 0;
        for (int i = 0; i < n; i++) {
            double w = kinv[i][i] - a[i] * a[i];
            trW += w;
            diagAmp += w * amp;
        }
        double[] wk = new double[kp.length];
        double offAmp = 0;
        int p = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++, p++) {
                wk[p] = (kinv[j][i] - a[i] * a[j]) * kp[p];   // lower triangle: j > i
                offAmp += wk[p];
            }
        }
        for (int k = 0; k < d; k++) {
            double[] dk = diff2[k];
            double s = 0;
            for (int q = 0; q < wk.length; q++) s += wk[q] * dk[q];
            g[k] = s * Math.exp(-2 * theta[k]);   // ½ · 2 (pairs twice) · Σ W K Δ²/ℓ²
        }
        g[d] = 0.5 * diagAmp + offAmp;
        g[d + 1] = 0.5 * nz * trW;
        for (int k = 0; k < d + 2; k++) grad[k] = g[k] * GaussianProcess.Bounds.slope(u[k], k, d);
        return nll;
    }
}
