package io.evolp.predict.active;

import java.util.SplittableRandom;

/**
 * Greedy integrated-variance design (Cohn's active-learning criterion): a Gaussian process prior with an
 * isotropic RBF kernel over standardised layer inputs, and each pick the free pool layer whose measurement
 * most lowers the summed, weighted posterior variance over the pool. The variance does not depend on the
 * latencies, so this needs no measured value — only where the layers lie. A layer in a dense region lowers
 * the variance of many others and goes first; an outlier is taken once the region it would explain is
 * otherwise left unsure, and a layer next to a measured one gains little (its variance is already low).
 * The posterior covariance over pool and measured layers is kept whole and updated by rank one per
 * conditioned layer: O(M²) time per pick, O(M²) memory for M layers (callers cap M).
 */
final class VarianceCover {

    private final double[][] s;
    private final double[] weight;
    private final int pool;
    private final double noise;

    /**
     * @param z      standardised inputs: the pool's layers first, then any others to condition on
     * @param pool   how many of {@code z} are pool layers (candidates, and the layers whose variance counts)
     * @param weight per pool layer, how much its variance counts
     * @param length the kernel's length scale, in standard deviations of the inputs
     * @param noise  measurement noise, relative to the prior variance (1)
     */
    VarianceCover(double[][] z, int pool, double[] weight, double length, double noise) {
        int m = z.length;
        this.s = new double[m][m];
        this.weight = weight;
        this.pool = pool;
        this.noise = noise;
        double inv = 1 / (2 * length * length);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double d = 0;
                for (int k = 0; k < z[i].length; k++) d += (z[i][k] - z[j][k]) * (z[i][k] - z[j][k]);
                s[i][j] = s[j][i] = Math.exp(-d * inv);
            }
        }
    }

    /** A layer measured (or picked): every covariance is conditioned on its noisy value. */
    void condition(int c) {
        double[] col = s[c].clone();   // the matrix is symmetric: row c is column c
        double den = col[c] + noise;
        for (int i = 0; i < s.length; i++) {
            double f = col[i] / den;
            if (f == 0) continue;
            double[] row = s[i];
            for (int k = 0; k < row.length; k++) row[k] -= f * col[k];
        }
    }

    /** How much measuring pool layer {@code c} lowers the weighted summed variance of the pool. */
    double gain(int c) {
        double g = 0;
        double[] col = s[c];
        for (int i = 0; i < pool; i++) g += weight[i] * col[i] * col[i];
        return g / (col[c] + noise);
    }

    /** The free pool layer with the largest gain (ties: the first after a seeded start), or -1 if none is free. */
    int pick(boolean[] taken, SplittableRandom rnd) {
        int start = pool == 0 ? 0 : rnd.nextInt(pool);
        int best = -1;
        double bestGain = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < pool; j++) {
            int c = (start + j) % pool;
            if (taken[c]) continue;
            double g = gain(c);
            if (g > bestGain * (1 + 1e-12)) {
                bestGain = g;
                best = c;
            }
        }
        return best;
    }

    /** The current posterior variance of layer {@code i} (prior 1). */
    double variance(int i) {
        return s[i][i];
    }
}
