package io.evolp.predict.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricsTest {

    private static final double EPS = 1e-9;

    @Test
    void handComputedCase() {
        Metrics m = Metrics.of(new double[]{1.1, 2, 2.7}, new double[]{1, 2, 3});
        assertEquals(3, m.n());
        assertEquals(Math.sqrt((0.01 + 0 + 0.09) / 3), m.rmseMs(), EPS);
        assertEquals((10 + 0 + 10) / 3.0, m.mape(), EPS);
        assertEquals(100.0 / 3, m.acc5(), EPS);
        // 1.1 vs 1 is 0.10000000000000009 off in binary: the inclusive boundary with tolerance counts it
        assertEquals(100.0, m.acc10(), EPS);
        assertEquals(10.0, m.worst(), EPS);
        assertEquals(1.0, m.spearman(), EPS);
    }

    @Test
    void fivePercentBoundaryIsInclusiveButNotLoose() {
        Metrics exact = Metrics.of(new double[]{1.05, 0.95}, new double[]{1, 1});
        assertEquals(100.0, exact.acc5(), EPS);
        Metrics justOver = Metrics.of(new double[]{1.0500001, 1}, new double[]{1, 1});
        assertEquals(50.0, justOver.acc5(), EPS);
        assertEquals(100.0, justOver.acc10(), EPS);
    }

    @Test
    void spearmanWithTiesMatchesHandComputation() {
        // ranks p = {1, 2.5, 2.5, 4}, m = {1, 3, 2, 4}; deviations from 2.5:
        // dp = {-1.5, 0, 0, 1.5}, dm = {-1.5, 0.5, -0.5, 1.5} -> 4.5 / sqrt(4.5 * 5)
        Metrics m = Metrics.of(new double[]{1, 2, 2, 3}, new double[]{1, 3, 2, 4});
        assertEquals(4.5 / Math.sqrt(4.5 * 5), m.spearman(), EPS);
        assertEquals(0.9486832980505138, m.spearman(), 1e-12);
    }

    @Test
    void averageRanksShareTies() {
        double[] r = Ranks.averageRanks(new double[]{3, 1, 3, 2, 3});
        assertEquals(4.0, r[0], EPS);
        assertEquals(1.0, r[1], EPS);
        assertEquals(4.0, r[2], EPS);
        assertEquals(2.0, r[3], EPS);
        assertEquals(4.0, r[4], EPS);
    }

    @Test
    void perfectAndReversedRankings() {
        double[] measured = {1, 2, 3, 4, 5};
        assertEquals(1.0, Metrics.of(new double[]{10, 20, 30, 40, 50}, measured).spearman(), EPS);
        assertEquals(-1.0, Metrics.of(new double[]{5, 4, 3, 2, 1}, measured).spearman(), EPS);
        // monotone but non-linear still ranks perfectly
        assertEquals(1.0, Metrics.of(new double[]{1, 4, 9, 16, 1000}, measured).spearman(), EPS);
    }

    @Test
    void spearmanUndefinedForOneRowOrConstantSide() {
        Metrics one = Metrics.of(new double[]{2}, new double[]{1});
        assertEquals(1, one.n());
        assertTrue(Double.isNaN(one.spearman()));
        assertEquals(100.0, one.mape(), EPS);
        assertTrue(Double.isNaN(Metrics.of(new double[]{5, 5, 5}, new double[]{1, 2, 3}).spearman()));
    }

    @Test
    void emptyInputGivesNaNFigures() {
        Metrics m = Metrics.of(new double[0], new double[0]);
        assertEquals(0, m.n());
        assertTrue(Double.isNaN(m.rmseMs()));
        assertTrue(Double.isNaN(m.acc10()));
    }

    @Test
    void rejectsNonPositiveMeasurementsAndMismatchedLengths() {
        assertThrows(IllegalArgumentException.class, () -> Metrics.of(new double[]{1, 1}, new double[]{1, 0}));
        assertThrows(IllegalArgumentException.class, () -> Metrics.of(new double[]{1}, new double[]{-2}));
        assertThrows(IllegalArgumentException.class, () -> Metrics.of(new double[]{1}, new double[]{Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> Metrics.of(new double[]{Double.NaN}, new double[]{1}));
        assertThrows(IllegalArgumentException.class, () -> Metrics.of(new double[]{1, 2}, new double[]{1}));
    }
}
