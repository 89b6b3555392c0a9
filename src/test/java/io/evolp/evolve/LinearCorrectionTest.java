package io.evolp.evolve;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinearCorrectionTest {

    @Test
    void emptyIsIdentityWithWideBand() {
        Correction c = Corrections.create("linear");
        assertEquals(0, c.size());
        assertEquals(123.0, c.apply(123.0));
        Band b = c.band(100);
        assertEquals(50.0, b.low(), 1e-12);
        assertEquals(150.0, b.high(), 1e-12);
    }

    @Test
    void leastSquaresMatchesHandComputedFit() {
        // x̄ = 2, ȳ = 4, Sxy = 3.9, Sxx = 2 → a = 1.95, b = 0.1; residuals −0.05, 0.1, −0.05 → SSR = 0.015.
        Correction c = new LinearCorrection(List.of(new double[]{1, 2}, new double[]{2, 4.1}, new double[]{3, 5.9}));
        assertEquals(1.95, c.parameters().get("a"), 1e-12);
        assertEquals(0.1, c.parameters().get("b"), 1e-12);
        assertEquals(Math.sqrt(0.015), c.parameters().get("residual_se_ms"), 1e-12);
        assertEquals(4.0, c.apply(2), 1e-12);
        // Prediction interval at x = 2: t(0.95, 1) = 6.313752 · s · √(1 + 1/3).
        double half = 6.313751514675 * Math.sqrt(0.015) * Math.sqrt(4.0 / 3);
        Band b = c.band(2);
        assertEquals(4.0 - half, b.low(), 1e-9);
        assertEquals(4.0 + half, b.high(), 1e-9);
        // Farther from the mean → wider.
        assertTrue(c.band(3).width() > b.width());
    }

    @Test
    void onePointIsPureScale() {
        Correction c = new LinearCorrection(List.of()).withPoint(10, 13);
        assertEquals(1.3, c.parameters().get("a"), 1e-12);
        assertEquals(0.0, c.parameters().get("b"));
        assertEquals(26.0, c.apply(20), 1e-12);
        assertEquals(1, c.size());
    }

    @Test
    void equalRawsFallBackToScale() {
        Correction c = new LinearCorrection(List.of(new double[]{10, 12}, new double[]{10, 14}));
        assertEquals(1.3, c.parameters().get("a"), 1e-12); // (120 + 140) / (100 + 100)
        assertEquals(0.0, c.parameters().get("b"));
        assertEquals(1.0, c.parameters().get("scale_only"));
    }

    @Test
    void negativeSlopeFallsBackToScale() {
        Correction c = new LinearCorrection(List.of(new double[]{10, 20}, new double[]{20, 15}));
        assertEquals((200.0 + 300.0) / (100 + 400), c.parameters().get("a"), 1e-12);
        assertTrue(c.apply(20) > c.apply(10));
    }

    @Test
    void negativeInterceptStaysPositiveAndMonotone() {
        Correction c = new LinearCorrection(List.of(new double[]{100, 90}, new double[]{200, 200}));
        assertEquals(1.1, c.parameters().get("a"), 1e-12);
        assertEquals(-20.0, c.parameters().get("b"), 1e-9);
        double prev = 0;
        for (double raw = 0.5; raw < 300; raw += 0.5) {
            double v = c.apply(raw);
            assertTrue(v > 0, "positive at " + raw);
            assertTrue(v > prev, "increasing at " + raw);
            prev = v;
        }
        assertEquals(0.55, c.apply(5), 1e-12); // the floor a·raw/10
    }

    @Test
    void immutableAndValidated() {
        Correction c = new LinearCorrection(List.of(new double[]{1, 2}));
        Correction d = c.withPoint(2, 4);
        assertEquals(1, c.size());
        assertEquals(2, d.size());
        assertThrows(IllegalArgumentException.class, () -> c.withPoint(-1, 2));
        assertThrows(IllegalArgumentException.class, () -> c.withPoint(1, Double.NaN));
        c.points().get(0)[1] = 99; // copies: the correction is unaffected
        assertEquals(2.0, c.apply(1), 1e-12);
    }

    @Test
    void unknownKindNamesKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Corrections.create("em"));
        assertTrue(e.getMessage().contains("linear, robust, bayes"), e.getMessage());
    }
}
