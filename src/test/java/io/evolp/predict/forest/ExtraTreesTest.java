package io.evolp.predict.forest;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/** Extremely randomized trees: random thresholds, every row in every tree. */
class ExtraTreesTest {

    @Test
    void thresholdsAreDrawnInsideTheNodesRange() {
        double[][] x = {{1, 2, 3, 4, 5, 6, 7, 8}};
        double[] y = {0, 0, 0, 0, 10, 10, 10, 10};
        int[] all = {0, 1, 2, 3, 4, 5, 6, 7};
        for (long seed = 1; seed <= 20; seed++) {
            RegressionTree t = new TreeBuilder(x, y, 1, 1, true, new SplittableRandom(seed)).build(all);
            double root = t.value()[0];
            assertTrue(root >= 1 && root < 8, "threshold " + root);
            // Grown until its leaves are pure, a tree separates the step wherever its cuts fell.
            assertEquals(0, t.predict(new double[]{1}), 0);
            assertEquals(10, t.predict(new double[]{8}), 0);
            for (int i = 0; i < t.size(); i++) {
                if (t.feature()[i] < 0) continue;
                int leftRows = 0;
                for (double v : x[0]) if (v <= t.value()[i]) leftRows++;
                assertTrue(leftRows >= 1, "an empty side is never a split");
            }
        }
    }

    @Test
    void differentSeedsCutDifferentlyWhileTheBestSplitForestDoesNot() {
        double[][] x = {{1, 2, 3, 4, 5, 6, 7, 8}};
        double[] y = {0, 1, 2, 3, 4, 5, 6, 7};
        int[] all = {0, 1, 2, 3, 4, 5, 6, 7};
        java.util.Set<Double> roots = new java.util.HashSet<>();
        for (long seed = 1; seed <= 10; seed++) roots.add(new TreeBuilder(x, y, 1, 1, true, new SplittableRandom(seed)).build(all).value()[0]);
        assertTrue(roots.size() > 5, "random thresholds " + roots);
        java.util.Set<Double> best = new java.util.HashSet<>();
        for (long seed = 1; seed <= 10; seed++) best.add(new TreeBuilder(x, y, 1, 1, new SplittableRandom(seed)).build(all).value()[0]);
        assertEquals(java.util.Set.of(4.5), best);
    }

    /** The average of randomized cuts interpolates between training points; a best-split forest steps. */
    @Test
    void averagesToASmoothFunctionIgnoringANoiseFeature() {
        SplittableRandom r = new SplittableRandom(3);
        int n = 60;
        double[][] x = new double[2][n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[0][i] = 10.0 * i / (n - 1);
            x[1][i] = r.nextDouble();
            y[i] = 3 * x[0][i];
        }
        RandomForest extra = RandomForest.trainExtra(x, y, 200, 1, 2, 5, done -> { });
        RandomForest forest = RandomForest.train(x, y, 200, 1, 2, 5, done -> { });
        assertEquals(200, extra.trees().size());
        double err = 0, forestErr = 0;
        for (int i = 2; i < n - 3; i++) {
            double mid = (x[0][i] + x[0][i + 1]) / 2; // halfway between two training points
            err += Math.abs(extra.predict(new double[]{mid, 0.5}) - 3 * mid);
            forestErr += Math.abs(forest.predict(new double[]{mid, 0.5}) - 3 * mid);
        }
        assertTrue(err < 0.6 * forestErr, "mean error between the points " + err / (n - 5) + " vs forest " + forestErr / (n - 5));
        assertThrows(IllegalArgumentException.class, () -> RandomForest.trainExtra(new double[][]{{}}, new double[0], 3, 1, 1, 1, d -> { }));
    }
}
