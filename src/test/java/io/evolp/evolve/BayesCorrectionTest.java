package io.evolp.evolve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BayesCorrectionTest {

    @Test
    void priorIsIdentityWithWideBand() {
        Correction c = Corrections.create("bayes");
        assertEquals(100.0, c.apply(100), 1e-12);
        // Predictive scale² = s0²x² + τa²x² + τb² = 100 + 2500 + 100; t(0.95, 2) = 2.919986.
        double half = 2.919985580355 * Math.sqrt(2700);
        Band b = c.band(100);
        assertEquals(0.0, b.low());
        assertEquals(100 + half, b.high(), 1e-6);
    }

    @Test
    void onePointPosteriorMatchesHandComputation() {
        // P = [[1.04, 0.01], [0.01, 0.0002]], r = (1.34, 0.013) → a = 0.69/0.54 = 23/18, b = 65 − 50a = 10/9.
        Correction c = new BayesCorrection(List.of(new double[]{100, 130}));
        assertEquals(23.0 / 18, c.parameters().get("a"), 1e-9);
        assertEquals(10.0 / 9, c.parameters().get("b"), 1e-6);
    }

    @Test
    void bandNarrowsAsPointsArrive() {
        List<double[]> pts = Data.noisy(40, 1.3, 0.03, 21);
        Correction c = Corrections.create("bayes");
        double w0 = c.band(100).width();
        c = Data.feed(c, pts.subList(0, 5));
        double w5 = c.band(100).width();
        c = Data.feed(c, pts.subList(5, 40));
        double w40 = c.band(100).width();
        assertTrue(w5 < w0 / 3, w0 + " → " + w5);
        assertTrue(w40 < w5, w5 + " → " + w40);
        assertTrue(w40 / c.apply(100) < 0.15, "40 points at 3% noise give a tight band: " + w40);
        assertTrue(Data.worstSlopeError(c, 1.3) < 0.02, "posterior mean near the truth");
    }

    @Test
    void bandCoversAboutNinetyPercent() {
        int inside = 0, total = 0;
        for (long seed = 1; seed <= 8; seed++) {
            Correction c = Data.feed(Corrections.create("bayes"), Data.noisy(20, 1.3, 0.03, seed));
            for (double[] p : Data.noisy(1000, 1.3, 0.03, seed + 100)) {
                if (c.band(p[0]).contains(p[1])) inside++;
                total++;
            }
        }
        double coverage = inside / (double) total;
        assertTrue(coverage > 0.85 && coverage < 0.99, "coverage " + coverage);
    }

    @Test
    void exactDataOverwhelmsThePrior() {
        Correction c = Corrections.create("bayes");
        for (double x = 10; x <= 300; x += 10) c = c.withPoint(x, 1.3 * x + 5);
        assertEquals(1.3, c.parameters().get("a"), 0.01);
        assertEquals(5.0, c.parameters().get("b"), 0.5);
        // The prior's 10% noise guess still weighs in (β0), but the estimate has come well down from it.
        assertTrue(c.parameters().get("relative_noise") < 0.05, c.parameters().toString());
    }
}
