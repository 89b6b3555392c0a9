package io.evolp.evolve;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RobustCorrectionTest {

    @Test
    void exactLineIsRecovered() {
        List<double[]> pts = new ArrayList<>();
        for (double x = 20; x <= 200; x += 20) pts.add(new double[]{x, 1.3 * x + 2});
        Correction c = new RobustCorrection(pts);
        assertEquals(1.3, c.parameters().get("a"), 1e-9);
        assertEquals(2.0, c.parameters().get("b"), 1e-7);
    }

    @Test
    void singleGrossOutlierOnExactDataHasNoPull() {
        // Inliers exact → MAD scale ≈ 0 → the outlier's Huber weight ≈ 0: the fit is the inliers' line.
        List<double[]> pts = new ArrayList<>();
        for (double x = 20; x <= 200; x += 20) pts.add(new double[]{x, 1.3 * x + 2});
        pts.set(4, new double[]{100, 3 * (1.3 * 100 + 2)});
        Correction c = new RobustCorrection(pts);
        assertEquals(1.3, c.parameters().get("a"), 1e-4);
        assertEquals(2.0, c.parameters().get("b"), 1e-2);
    }

    @Test
    void onePointIsPureScaleAndEmptyIsIdentity() {
        Correction c = Corrections.create("robust");
        assertEquals(77.0, c.apply(77.0));
        c = c.withPoint(10, 13);
        assertEquals(1.3, c.parameters().get("a"), 1e-12);
        assertEquals(26.0, c.apply(20), 1e-9);
    }

    @Test
    void tenPercentOutliersDoNotMoveRobustButMoveLinear() {
        for (long seed = 1; seed <= 10; seed++) {
            List<double[]> clean = Data.noisy(20, 1.3, 0.02, seed);
            List<double[]> pts = Data.withOutliers(clean, 3);
            Correction robust = new RobustCorrection(pts);
            Correction linear = new LinearCorrection(pts);
            double r = Data.worstSlopeError(robust, 1.3), l = Data.worstSlopeError(linear, 1.3);
            assertTrue(r < 0.02, "seed " + seed + ": robust off by " + r);
            assertTrue(l > 0.05, "seed " + seed + ": linear should move, off by only " + l);
            Correction withoutOutliers = new RobustCorrection(clean);
            for (double raw = 20; raw <= 200; raw += 10) {
                double moved = Math.abs(robust.apply(raw) / withoutOutliers.apply(raw) - 1);
                assertTrue(moved < 0.02, "seed " + seed + ": outliers moved robust by " + moved + " at " + raw);
            }
        }
    }

    @Test
    void windowFollowsAStepChange() {
        List<double[]> pts = new ArrayList<>(Data.noisy(20, 1.3, 0.02, 11));
        pts.addAll(Data.noisy(20, 1.6, 0.02, 12));
        Correction robust = new RobustCorrection(pts, 20);
        Correction linear = new LinearCorrection(pts);
        assertTrue(Data.worstSlopeError(robust, 1.6) < 0.02, "robust follows the new device state");
        assertTrue(Data.worstSlopeError(linear, 1.6) > 0.05, "least squares on all points lags");
        assertEquals(20.0, robust.parameters().get("n"));
        assertEquals(40, robust.size());
    }

    @Test
    void onlyTheLastWindowPointsCount() {
        List<double[]> tail = List.of(new double[]{10, 13}, new double[]{20, 25}, new double[]{30, 40});
        List<double[]> all = new ArrayList<>(List.of(new double[]{5, 500}, new double[]{50, 1}));
        all.addAll(tail);
        assertEquals(new RobustCorrection(tail, 3).apply(17), new RobustCorrection(all, 3).apply(17));
    }

    @Test
    void bandCoversAboutNinetyPercentOfFreshMeasurements() {
        // Averaged over seeds: a band estimated from 20 points varies a lot from one sample to the next.
        int inside = 0, total = 0;
        for (long seed = 1; seed <= 8; seed++) {
            Correction c = new RobustCorrection(Data.withOutliers(Data.noisy(20, 1.3, 0.03, seed), 3));
            for (double[] p : Data.noisy(1000, 1.3, 0.03, seed + 100)) {
                if (c.band(p[0]).contains(p[1])) inside++;
                total++;
            }
        }
        double coverage = inside / (double) total;
        assertTrue(coverage > 0.8 && coverage < 0.97, "coverage " + coverage);
    }

    @Test
    void madScaleIsNormalConsistent() {
        assertEquals(1.4826 * 2, RobustCorrection.madScale(new double[]{-1, 2, -3, 0.5, 4}), 1e-12);
    }
}
