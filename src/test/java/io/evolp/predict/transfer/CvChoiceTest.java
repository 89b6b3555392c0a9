package io.evolp.predict.transfer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CvChoiceTest {

    private static final List<String> THREE = List.of("simple", "middle", "complex");

    /** Out-of-fold log errors: Gaussian with the given spread per candidate, one repetition. */
    private static double[][][] errors(int n, long seed, double... sd) {
        Random rnd = new Random(seed);
        double[][][] e = new double[sd.length][1][n];
        for (int i = 0; i < n; i++) {
            double shared = rnd.nextGaussian() * 0.05;  // rows hard for every candidate alike
            for (int j = 0; j < sd.length; j++) e[j][0][i] = shared + rnd.nextGaussian() * sd[j];
        }
        return e;
    }

    @Test
    void withFewRowsANearTieGoesToTheSimplerCandidate() {
        // every candidate misses the same rows by the same amount, except that the complex one is
        // 0.03 better on a third of the rows and 0.02 worse on another third: better on average by
        // 0.0033, less than one standard error of that difference
        double[][][] e = new double[3][1][30];
        for (int i = 0; i < 30; i++) {
            double row = 0.04 + 0.02 * (i % 5);
            e[0][0][i] = row;
            e[1][0][i] = row;
            e[2][0][i] = row + (i % 3 == 0 ? -0.03 : i % 3 == 1 ? 0.02 : 0);
        }
        assertEquals(0, CvChoice.choose(THREE, e, new int[0]));
        assertEquals(2, CvChoice.choose(THREE, stretch(e, 2), new int[0]), "the same near tie with many rows goes to the best");
    }

    /** The rows repeated {@code times}: the same per-row losses, more of them. */
    private static double[][][] stretch(double[][][] e, int times) {
        int n = e[0][0].length;
        double[][][] out = new double[e.length][1][n * times];
        for (int j = 0; j < e.length; j++) for (int i = 0; i < n * times; i++) out[j][0][i] = e[j][0][i % n];
        return out;
    }

    @Test
    void withFewRowsAClearlyBetterCandidateStillWins() {
        double[][][] e = errors(30, 2, 0.25, 0.25, 0.03);
        assertEquals(2, CvChoice.choose(THREE, e, new int[0]));
    }

    @Test
    void withManyRowsTheLowestLossWinsEvenWhenClose() {
        double[][][] e = errors(200, 3, 0.12, 0.11, 0.12);
        int chosen = CvChoice.choose(THREE, e, new int[0]);
        assertEquals(1, chosen);
    }

    @Test
    void oneWildRowCannotOutweighManyGoodOnes() {
        double[][][] e = errors(60, 4, 0.05, 0.08);
        e[0][0][0] = 5;   // the simple one misses one row by a factor e^5: capped, still the better one
        assertEquals(0, CvChoice.choose(List.of("a", "b"), e, new int[0]));
    }

    @Test
    void repetitionsAreAveragedPerRow() {
        double[][][] e = new double[2][2][50];
        for (int i = 0; i < 50; i++) {
            e[0][0][i] = 0.14;   // "a": bad in one repetition, good in the other: mean loss 0.11
            e[0][1][i] = 0.08;
            e[1][0][i] = 0.1;    // "b": 0.1 in both
            e[1][1][i] = 0.1;
        }
        assertEquals(1, CvChoice.choose(List.of("a", "b"), e, new int[0]));
    }

    @Test
    void withFewRowsANearTieGoesToThePreferredCandidateEvenWhenItIsNotTheSimplest() {
        // "middle" is preferred; "simple" is a little better on average, within one standard error
        double[][][] e = new double[3][1][30];
        for (int i = 0; i < 30; i++) {
            double row = 0.05 + 0.01 * (i % 5);
            e[0][0][i] = row + (i % 3 == 0 ? -0.03 : i % 3 == 1 ? 0.02 : 0);
            e[1][0][i] = row;
            e[2][0][i] = row + 0.04;
        }
        assertEquals(0, CvChoice.choose(THREE, e, new int[0]), "without a preference the simplest near tie");
        assertEquals(1, CvChoice.choose(THREE, e, new int[]{1}));
    }

    @Test
    void aPreferredCandidateClearlyBeatenIsNotKept() {
        double[][][] e = errors(30, 5, 0.03, 0.25, 0.25);
        assertEquals(0, CvChoice.choose(THREE, e, new int[]{2}));
    }

    @Test
    void theCapFollowsTheAccuracyThatMatters() {
        // "a" is within ±10 % on 60 % of the rows and far off on the rest; "b" is 10.5 % off on every
        // row. Capped at 0.3 (or not at all) "b" has the lower mean loss; at 0.15 "a" does, as it should
        double[][][] e = new double[2][1][100];
        for (int i = 0; i < 100; i++) {
            e[0][0][i] = i % 5 < 2 ? 1.0 : 0.02;
            e[1][0][i] = 0.1;
        }
        assertEquals(0, CvChoice.choose(List.of("a", "b"), e, new int[0]));
    }

    @Test
    void ofTwoDefaultsTheOneWithTheLowerLossIsKeptOnFewRows() {
        List<String> four = List.of("simple", "law", "trees", "complex");
        // law a little worse than trees (on a quarter of the rows); complex best on average, but by
        // less than a standard error of either difference: one default (law) is kept as before; of
        // two defaults the better (trees) is kept, whichever is named first
        double[][][] e = new double[4][1][30];
        for (int i = 0; i < 30; i++) {
            double row = 0.06 + 0.01 * (i % 5);
            e[0][0][i] = row + 0.1;
            e[1][0][i] = row + (i % 4 == 0 ? 0.01 : 0);
            e[2][0][i] = row;
            e[3][0][i] = row + (i % 3 == 0 ? -0.05 : i % 3 == 1 ? 0.04 : 0);
        }
        assertEquals(1, CvChoice.choose(four, e, new int[]{1}));
        assertEquals(2, CvChoice.choose(four, e, new int[]{1, 2}));
        assertEquals(2, CvChoice.choose(four, e, new int[]{2, 1}));
    }
}
