package io.evolp.predict.mlp;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class MlpTest {

    @Test
    void analyticGradientMatchesFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(5);
        double[] p = MlpFitter.nguyenWidrow(rng);
        double[] grad = new double[Mlp.PARAMS];
        double y = Mlp.predictWithGradient(p, 0.3, -0.7, grad);
        assertEquals(Mlp.predict(p, 0.3, -0.7), y, 1e-15);
        for (int i = 0; i < Mlp.PARAMS; i++) {
            double h = 1e-6, saved = p[i];
            p[i] = saved + h;
            double up = Mlp.predict(p, 0.3, -0.7);
            p[i] = saved - h;
            double down = Mlp.predict(p, 0.3, -0.7);
            p[i] = saved;
            assertEquals((up - down) / (2 * h), grad[i], 1e-7, "parameter " + i);
        }
    }

    @Test
    void tanhMatchesTheLibraryAndSaturates() {
        for (double x = -5; x <= 5; x += 0.25) assertEquals(Math.tanh(x), Mlp.tanh(x), 1e-15);
        assertEquals(1.0, Mlp.tanh(1000), 0);
        assertEquals(-1.0, Mlp.tanh(-1000), 0);
    }

    @Test
    void levenbergMarquardtFitsASmoothSurface() {
        int n = 121;
        double[] x1 = new double[n], x2 = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x1[i] = (i % 11) / 5.0 - 1;
            x2[i] = (i / 11) / 5.0 - 1;
            y[i] = 0.8 * Math.tanh(x1[i] + 0.5 * x2[i]) - 0.1 * x1[i] * x2[i];
        }
        MlpFitter.Fit fit = new MlpFitter(3, 500, 0.15).fit(x1, x2, y, 1, p -> true);
        assertTrue(fit.accepted());
        assertTrue(fit.validationMse() < 1e-4, "validation MSE " + fit.validationMse());
        double mse = LevenbergMarquardt.mse(fit.params(), x1, x2, y);
        assertTrue(mse < 1e-4, "MSE " + mse);
    }

    @Test
    void guardRejectionsAreCountedAndCanRejectEverything() {
        double[] x = {-1, -0.5, 0, 0.5, 1, 0.2}, y = {0, 0.1, 0.2, 0.3, 0.4, 0.25};
        MlpFitter.Fit none = new MlpFitter(2, 50, 0).fit(x, x, y, 3, p -> false);
        assertFalse(none.accepted());
        assertEquals(6, none.attempts());
        assertEquals(6, none.rejected());
    }

    @Test
    void choleskySolvesASmallSystem() {
        double[] a = {4, 2, 2, 3};
        double[] b = {2, 1};
        assertTrue(Cholesky.solveInPlace(a, b, 2));
        assertEquals(0.5, b[0], 1e-15);
        assertEquals(0, b[1], 1e-15);
        assertFalse(Cholesky.solveInPlace(new double[]{1, 2, 2, 1}, new double[]{1, 1}, 2));
    }
}
