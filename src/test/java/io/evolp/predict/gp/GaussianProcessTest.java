package io.evolp.predict.gp;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GaussianProcessTest {

    /** The analytic gradient of the marginal likelihood against central differences. */
    @Test
    void likelihoodGradientMatchesFiniteDifferences() {
        SplittableRandom r = new SplittableRandom(3);
        int n = 25, d = 3;
        double[][] z = new double[n][d];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) z[i][j] = r.nextGaussian();
            t[i] = Math.sin(z[i][0]) + 0.3 * z[i][1] + 0.05 * r.nextGaussian();
        }
        MarginalLikelihood lik = new MarginalLikelihood(z, t);
        double[] u = {0.3, -1.2, 2.0, 0.5, -0.7};
        double[] g = new double[u.length];
        lik.value(u, g);
        for (int k = 0; k < u.length; k++) {
            double h = 1e-5;
            double[] up = u.clone(), dn = u.clone();
            up[k] += h;
            dn[k] -= h;
            double fd = (lik.value(up, new double[u.length]) - lik.value(dn, new double[u.length])) / (2 * h);
            assertEquals(fd, g[k], 1e-4 * Math.max(1, Math.abs(fd)), "parameter " + k);
        }
    }

    /** A smooth function of one input, with a second input that does not matter. */
    @Test
    void learnsASmoothFunctionAndIgnoresAnIrrelevantInput() {
        SplittableRandom r = new SplittableRandom(7);
        int n = 60;
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[]{r.nextDouble(0, 6), r.nextDouble(-50, 50)};
            y[i] = Math.sin(x[i][0]) + 0.5 * x[i][0] + 0.01 * r.nextGaussian();
        }
        GaussianProcess gp = GaussianProcess.fit(x, y, 1);
        double worst = 0;
        for (double a = 0.5; a <= 5.5; a += 0.25) {
            double err = Math.abs(gp.predict(new double[]{a, r.nextDouble(-50, 50)}) - (Math.sin(a) + 0.5 * a));
            worst = Math.max(worst, err);
        }
        assertTrue(worst < 0.06, "worst error " + worst);
        double[] ls = gp.lengthScales();
        assertTrue(ls[1] > 5 * ls[0], "the irrelevant input should get the longer length scale: " + ls[0] + " vs " + ls[1]);
    }

    /** Noisy targets: the fitted noise is close to the true one, and the mean does not chase it. */
    @Test
    void estimatesTheNoiseInsteadOfInterpolatingIt() {
        SplittableRandom r = new SplittableRandom(11);
        int n = 120;
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = new double[]{r.nextDouble(0, 4)};
            y[i] = x[i][0] + 0.2 * r.nextGaussian();
        }
        GaussianProcess gp = GaussianProcess.fit(x, y, 2);
        double ySd = 4 / Math.sqrt(12);   // the target's spread is mostly the line's
        double noiseSd = Math.sqrt(gp.noise()) * gp.yScale();
        assertTrue(noiseSd > 0.14 && noiseSd < 0.28, "noise sd " + noiseSd + " (true 0.2; target sd ≈ " + ySd + ")");
        assertEquals(2.0, gp.predict(new double[]{2.0}), 0.1);
    }

    @Test
    void minimisesARosenbrockValley() {
        Lbfgs.Result res = Lbfgs.minimise((p, g) -> {
            double a = 1 - p[0], b = p[1] - p[0] * p[0];
            g[0] = -2 * a - 400 * p[0] * b;
            g[1] = 200 * b;
            return a * a + 100 * b * b;
        }, new double[]{-1.2, 1}, 500);
        assertEquals(1, res.x()[0], 1e-3);
        assertEquals(1, res.x()[1], 1e-3);
    }
}
