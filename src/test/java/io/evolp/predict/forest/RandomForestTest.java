package io.evolp.predict.forest;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class RandomForestTest {

    @Test
    void singleTreeSplitsAStepExactly() {
        double[][] x = {{1, 2, 3, 4, 5, 6, 7, 8}};
        double[] y = {0, 0, 0, 0, 10, 10, 10, 10};
        int[] all = {0, 1, 2, 3, 4, 5, 6, 7};
        RegressionTree t = new TreeBuilder(x, y, 2, 1, new SplittableRandom(1)).build(all);
        assertEquals(3, t.size());
        assertEquals(0, t.feature()[0]);
        assertEquals(4.5, t.value()[0], 0);
        assertEquals(0, t.predict(new double[]{4}), 0);
        assertEquals(10, t.predict(new double[]{4.6}), 0);
    }

    @Test
    void anInterruptedThreadStopsGrowingBetweenNodes() {
        double[][] x = {{1, 2, 3, 4, 5, 6, 7, 8}};
        double[] y = {0, 0, 0, 0, 10, 10, 10, 10};
        Thread.currentThread().interrupt(); // what the GUI's runner does on Cancel
        try {
            assertThrows(io.evolp.task.CancelledException.class,
                    () -> RandomForest.train(x, y, 3, 1, 1, 1, done -> { }));
        } finally {
            Thread.interrupted(); // leave the test thread clean
        }
    }

    @Test
    void leavesRespectMinimumSize() {
        double[][] x = {{1, 2, 3, 4, 5}};
        double[] y = {1, 2, 3, 4, 100};
        RegressionTree t = new TreeBuilder(x, y, 2, 1, new SplittableRandom(1)).build(new int[]{0, 1, 2, 3, 4});
        // The outlier cannot sit alone in a leaf: the best split is 3 | 2.
        assertEquals(52, t.predict(new double[]{5}), 0);
        assertEquals(2, t.predict(new double[]{1}), 0);
    }

    @Test
    void approximatesASmoothFunctionDespiteANoiseFeature() {
        SplittableRandom r = new SplittableRandom(2);
        int n = 400;
        double[][] x = new double[2][n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[0][i] = r.nextDouble(0, 10);
            x[1][i] = r.nextDouble(); // noise feature
            y[i] = x[0][i] * x[0][i];
        }
        RandomForest f = RandomForest.train(x, y, 30, 2, 2, 9, done -> { });
        assertEquals(30, f.trees().size());
        for (double v = 1; v < 9.5; v += 0.5) assertEquals(v * v, f.predict(new double[]{v, 0.5}), 0.05 * v * v + 0.3);
    }

    @Test
    void indexSortOrdersByKey() {
        SplittableRandom r = new SplittableRandom(4);
        double[] key = new double[500];
        int[] idx = new int[500];
        for (int i = 0; i < 500; i++) {
            key[i] = r.nextInt(50);
            idx[i] = i;
        }
        IndexSort.sort(idx, 500, key);
        for (int i = 1; i < 500; i++) assertTrue(key[idx[i - 1]] <= key[idx[i]]);
    }

    @Test
    void malformedTreesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new RegressionTree(new int[]{0, -1, -1}, new double[3], new int[]{1, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> new RegressionTree(new int[]{0}, new double[1], new int[]{0}));
        assertThrows(IllegalArgumentException.class, () -> new RegressionTree(new int[0], new double[0], new int[0]));
    }
}
