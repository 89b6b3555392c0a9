package io.evolp.predict.active;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VarianceCoverTest {

    private static double k(double[] a, double[] b, double l) {
        double d = 0;
        for (int i = 0; i < a.length; i++) d += (a[i] - b[i]) * (a[i] - b[i]);
        return Math.exp(-d / (2 * l * l));
    }

    /** Posterior covariance of x and y given noisy values at {@code given}, by the textbook formula. */
    private static double posterior(double[][] z, int[] given, int x, int y, double l, double noise) {
        int n = given.length;
        RealMatrix kk = new Array2DRowRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) kk.setEntry(i, j, k(z[given[i]], z[given[j]], l) + (i == j ? noise : 0));
        }
        RealMatrix inv = new LUDecomposition(kk).getSolver().getInverse();
        double s = k(z[x], z[y], l);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) s -= k(z[x], z[given[i]], l) * inv.getEntry(i, j) * k(z[given[j]], z[y], l);
        }
        return s;
    }

    @Test
    void rankOneUpdatesGiveTheExactPosteriorAndGain() {
        SplittableRandom r = new SplittableRandom(7);
        double[][] z = new double[12][3];
        for (double[] row : z) for (int k = 0; k < row.length; k++) row[k] = r.nextGaussian();
        double[] w = new double[10];
        Arrays.setAll(w, i -> 1 + i % 3);
        VarianceCover vc = new VarianceCover(z, 10, w, 1.5, 0.1);
        int[] given = {10, 3, 11, 7};  // two measured (past the pool) and two pool layers
        for (int g : given) vc.condition(g);
        for (int i = 0; i < 12; i++) assertEquals(posterior(z, given, i, i, 1.5, 0.1), vc.variance(i), 1e-9, "variance of " + i);
        for (int c = 0; c < 10; c++) {
            double expected = 0;
            for (int i = 0; i < 10; i++) {
                double cov = posterior(z, given, i, c, 1.5, 0.1);
                expected += w[i] * cov * cov;
            }
            expected /= posterior(z, given, c, c, 1.5, 0.1) + 0.1;
            assertEquals(expected, vc.gain(c), 1e-9, "gain of " + c);
        }
    }

    @Test
    void theGainIsTheDropInWeightedSummedVariance() {
        SplittableRandom r = new SplittableRandom(3);
        double[][] z = new double[8][2];
        for (double[] row : z) for (int k = 0; k < row.length; k++) row[k] = r.nextGaussian();
        double[] w = {1, 2, 1, 2, 1, 2, 1, 2};
        VarianceCover before = new VarianceCover(z, 8, w, 1, 0.1);
        VarianceCover after = new VarianceCover(z, 8, w, 1, 0.1);
        double gain = before.gain(5);
        after.condition(5);
        double drop = 0;
        for (int i = 0; i < 8; i++) drop += w[i] * (before.variance(i) - after.variance(i));
        assertEquals(gain, drop, 1e-12);
    }

    @Test
    void picksSkipTakenLayersAndEndWhenNoneIsFree() {
        double[][] z = {{0}, {0.1}, {5}};
        VarianceCover vc = new VarianceCover(z, 3, new double[]{1, 1, 1}, 1, 0.1);
        boolean[] taken = new boolean[3];
        int first = vc.pick(taken, new SplittableRandom(1));
        assertTrue(first == 0 || first == 1, "a layer of the pair explains two, was " + first);
        taken[first] = true;
        vc.condition(first);
        assertEquals(2, vc.pick(taken, new SplittableRandom(1)), "then the lone layer, not the twin of the first");
        taken[0] = taken[1] = taken[2] = true;
        assertEquals(-1, vc.pick(taken, new SplittableRandom(1)));
    }
}
