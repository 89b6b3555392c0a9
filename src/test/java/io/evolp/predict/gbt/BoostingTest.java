package io.evolp.predict.gbt;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class BoostingTest {

    /** The fixed dataset of {@code /tmp/skgbr.py} (kept in the test's comment below). */
    private static double[][] x(int n) {
        double[][] x = new double[3][n];
        for (int i = 0; i < n; i++) {
            x[0][i] = (i * 0.731) % 5.0;
            x[1][i] = ((double) i * i * 0.113) % 3.0;
            x[2][i] = (i * 1.917) % 7.0;
        }
        return x;
    }

    private static double f(double a, double b, double c) {
        return Math.sin(a) + 0.5 * b * b - 0.2 * c + 0.1 * a * c;
    }

    /**
     * scikit-learn 1.2.1, GradientBoostingRegressor(loss='squared_error', criterion='squared_error',
     * learning_rate=0.1, n_estimators=50, max_depth=3, min_samples_leaf=2, subsample=1.0) fitted on
     * the 60 rows of {@link #x} with y = f(x); its predictions at four query points and three rows.
     */
    @Test
    void matchesScikitLearnOnAFixedDataset() {
        int n = 60;
        double[][] x = x(n);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) y[i] = f(x[0][i], x[1][i], x[2][i]);
        BoostParams p = new BoostParams(0.1, 3, 2, 1.0, 50, 0, 1, 255);
        GbtModel m = Boosting.train(x, y, null, p, 1, t -> { });
        assertEquals(50, m.size());
        double[][] q = {{0.5, 1.0, 2.0}, {2.5, 2.9, 6.5}, {4.9, 0.1, 0.3}, {3.3, 1.7, 4.4}};
        double[] sk = {0.45075963, 4.50635981, -0.43526399, 1.8701195};
        for (int i = 0; i < q.length; i++) assertEquals(sk[i], m.predict(q[i]), 1e-7, "query " + i);
        double[] skRows = {-0.09039931, 0.4645533, 0.94365773};
        for (int i = 0; i < 3; i++) {
            assertEquals(skRows[i], m.predict(new double[]{x[0][i], x[1][i], x[2][i]}), 1e-7, "row " + i);
        }
    }

    @Test
    void fitsAStepFunctionExactly() {
        int n = 40;
        double[][] x = new double[1][n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[0][i] = i;
            y[i] = i < 17 ? 1.0 : 3.0;
        }
        GbtModel m = Boosting.train(x, y, null, new BoostParams(1.0, 1, 1, 1.0, 1, 0, 1, 255), 1, t -> { });
        for (int i = 0; i < n; i++) assertEquals(y[i], m.predict(new double[]{i}), 1e-12);
        assertEquals(1.0, m.predict(new double[]{16.4}), 1e-12); // midpoint threshold 16.5
        assertEquals(3.0, m.predict(new double[]{16.6}), 1e-12);
    }

    @Test
    void aMonotoneTargetGivesMonotonePredictions() {
        int n = 200;
        double[][] x = new double[1][n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[0][i] = i;
            y[i] = Math.log(1 + i);
        }
        GbtModel m = Boosting.train(x, y, null, new BoostParams(0.1, 3, 2, 1.0, 200, 0, 1, 255), 3, t -> { });
        double prev = Double.NEGATIVE_INFINITY;
        for (double v = 0; v < n; v += 10) { // boosting is not monotone step by step, but follows the trend
            double p = m.predict(new double[]{v});
            assertTrue(p >= prev - 1e-9, "not monotone at " + v);
            prev = p;
        }
        assertEquals(Math.log(101), m.predict(new double[]{100}), 0.05);
    }

    @Test
    void earlyStoppingStopsOnNoise() {
        int n = 300;
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        double[][] x = new double[2][n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[0][i] = r.nextDouble();
            x[1][i] = r.nextDouble();
            y[i] = r.nextGaussian(); // nothing to learn
        }
        Boosting.Trial t = Boosting.trial(x, y, null, BoostParams.defaults(), 1, k -> { });
        assertTrue(t.trees() < 60, "trees " + t.trees());
    }

    @Test
    void interactionGroupsKeepEachPathInOneGroup() {
        int n = 400;
        java.util.SplittableRandom r = new java.util.SplittableRandom(9);
        double[][] x = new double[3][n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < 3; f++) x[f][i] = r.nextInt(20);
            y[i] = x[0][i] * x[1][i] + (x[2][i] > 9 ? 5 : 0);
        }
        int[] groups = {0, 1, -1};
        GbtModel m = Boosting.train(x, y, groups, BoostParams.defaults().withoutEarlyStopping().withTrees(30), 1, t -> { });
        for (var tree : m.trees()) assertTrue(pathsStayInOneGroup(tree, 0, -1, groups));
    }

    private static boolean pathsStayInOneGroup(io.evolp.predict.forest.RegressionTree t, int i, int g, int[] groups) {
        int f = t.feature()[i];
        if (f < 0) return true;
        int fg = groups[f];
        if (fg >= 0 && g >= 0 && fg != g) return false;
        int next = fg >= 0 ? fg : g;
        return pathsStayInOneGroup(t, i + 1, next, groups) && pathsStayInOneGroup(t, t.right()[i], next, groups);
    }

    @Test
    void specialisingOnFixedFeaturesKeepsPredictions() {
        int n = 300;
        java.util.SplittableRandom r = new java.util.SplittableRandom(2);
        double[][] x = new double[3][n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < 3; f++) x[f][i] = r.nextInt(8);
            y[i] = x[0][i] * 2 + x[1][i] * x[2][i];
        }
        GbtModel m = Boosting.train(x, y, null, BoostParams.defaults().withoutEarlyStopping().withTrees(50), 1, t -> { });
        GbtModel s = m.specialise(new double[]{3, 0, 0}, new boolean[]{true, false, false});
        assertTrue(s.nodes() < m.nodes());
        for (int b = 0; b < 8; b++) {
            for (int c = 0; c < 8; c++) assertEquals(m.predict(new double[]{3, b, c}), s.predict(new double[]{99, b, c}), 1e-12);
        }
    }
}
