package io.evolp.evolve;

import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.io.Json;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShrinkCorrectionTest {

    @Test
    void isTheDefaultAndTheIdentityWithoutPoints() {
        Correction c = Corrections.create(Corrections.DEFAULT);
        assertEquals("shrink", c.kind());
        assertEquals(Corrections.DEFAULT, Corrections.KINDS.get(0));
        assertEquals(40.0, c.apply(40), 1e-12);
        assertTrue(c.band(40).contains(30) && c.band(40).contains(55));
        assertTrue(Corrections.describe("linear").contains("paper"));
    }

    @Test
    void aSmallRatioWithinItsNoiseIsNotApplied() {
        // One point 4% off: could be noise; the raw sum stays as it is.
        Correction c = new ShrinkCorrection(List.of()).withPoint(50, 52);
        assertEquals(50.0, c.apply(50), 1e-9);
    }

    @Test
    void aClearBiasIsLearntFromAFewQuietPoints() {
        List<double[]> pts = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 3; i++) {
            double raw = 18 + 6 * r.nextDouble();
            pts.add(new double[]{raw, 1.30 * raw * (1 + 0.02 * r.nextGaussian())});
        }
        Correction c = Data.feed(new ShrinkCorrection(List.of()), pts);
        // most of the way after 3 points (it is cautious while the noise is unknown) …
        assertEquals(1.30, c.apply(20) / 20, 0.08);
        for (int i = 0; i < 3; i++) {
            double raw = 18 + 6 * r.nextDouble();
            c = c.withPoint(raw, 1.30 * raw * (1 + 0.02 * r.nextGaussian()));
        }
        assertEquals(1.30, c.apply(20) / 20, 0.04); // … and nearly there after 6
        Band b = c.band(20);
        assertTrue(b.contains(26) && b.width() < 0.5 * 26, "band " + b);
    }

    @Test
    void aNoisyMeasurementCountsLessThanAQuietOne() {
        ShrinkCorrection c = new ShrinkCorrection(List.of());
        double[] wobble = {1.01, 0.99, 1.0, 1.02};
        for (int i = 0; i < 4; i++) c = c.withMeasurement(40 + i, 1.2 * wobble[i] * (40 + i), 0.4); // quiet, ±1%
        ShrinkCorrection withNoisy = c.withMeasurement(41, 41 * 1.3, 10);                          // ±19%
        ShrinkCorrection withQuiet = c.withMeasurement(41, 41 * 1.3, 0.4);
        double shiftNoisy = Math.abs(withNoisy.apply(41) - c.apply(41));
        double shiftQuiet = Math.abs(withQuiet.apply(41) - c.apply(41));
        assertTrue(shiftQuiet > 0.2, "a quiet point moves the scale: " + shiftQuiet);
        assertTrue(shiftNoisy < 0.5 * shiftQuiet, shiftNoisy + " vs " + shiftQuiet);
    }

    /**
     * Issue 10: in a compression session the probe of the most pruned model, far below the others in
     * raw prediction and with a different ratio, entered the linear correction and drove its slope to
     * 8.8. The same kind of sequence must leave the default correction's scale where the data are.
     */
    @Test
    void theMostPrunedProbeCannotPoisonTheFit() {
        // Candidates near the budget (raw 20 ± 0.4 ms, measured 1.5× with 1% noise) and the probe of
        // the most pruned model: a little lower in raw, but measured at 0.7× its raw sum.
        List<double[]> seq = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(11);
        seq.add(new double[]{18.0, 12.6});
        for (int i = 0; i < 5; i++) {
            double raw = 19.6 + 0.8 * r.nextDouble();
            seq.add(new double[]{raw, 1.5 * raw * (1 + 0.01 * r.nextGaussian())});
        }
        Correction linear = Data.feed(new LinearCorrection(List.of()), seq);
        assertTrue(linear.parameters().get("a") > 5, "the paper's line is dragged: a = " + linear.parameters().get("a"));
        Correction shrink = Data.feed(new ShrinkCorrection(List.of()), seq);
        double a = shrink.parameters().get("a");
        assertTrue(a > 1.35 && a < 1.6, "scale " + a);
        assertEquals(1.5 * 20, shrink.apply(20), 0.06 * 30);
        assertEquals(1.5 * 10, shrink.apply(10), 0.06 * 15, "and no slope to carry the error to small models");
        // the same when the probe comes last
        List<double[]> last = new ArrayList<>(seq.subList(1, seq.size()));
        last.add(seq.get(0));
        assertEquals(1.5 * 20, Data.feed(new ShrinkCorrection(List.of()), last).apply(20), 0.06 * 30);
    }

    /**
     * Issue 10: the 90 % band covers 85–95 % of new measurements, not 100 % — also when each
     * measurement reports its spread (a run's sd, larger than the noise of the median it reports).
     * The band once added that noise to a scatter that already held it: 98–100 % here.
     */
    @Test
    void theBandAfterFiveModelsCoversAboutNinetyPercent() {
        for (double declared : new double[]{Double.NaN, 0.03, 0.05}) {
            SplittableRandom r = new SplittableRandom(12);
            int covered = 0, total = 0;
            for (int draw = 0; draw < 400; draw++) {
                double bias = r.nextBoolean() ? 1.0 : 1.2; // a family the sum gets right, and one it misses
                ShrinkCorrection c = new ShrinkCorrection(List.of());
                for (int i = 0; i < 5; i++) {
                    double raw = 20 + 40 * r.nextDouble(), m = raw * bias * Math.exp(0.03 * r.nextGaussian());
                    c = c.withMeasurement(raw, m, declared * m);
                }
                for (int i = 0; i < 10; i++) {
                    double raw = 20 + 40 * r.nextDouble();
                    if (c.band(raw).contains(raw * bias * Math.exp(0.03 * r.nextGaussian()))) covered++;
                    total++;
                }
            }
            double coverage = 100.0 * covered / total;
            assertTrue(coverage >= 85 && coverage <= 95, "declared noise " + declared + ": coverage " + coverage);
        }
    }

    @Test
    void isPositiveAndIncreasingWhateverTheData() {
        Correction c = Data.feed(new ShrinkCorrection(List.of()), Data.noisy(12, 0.4, 0.3, 5));
        double prev = 0;
        for (double raw = 0.5; raw < 400; raw *= 1.3) {
            double v = c.apply(raw);
            assertTrue(v > prev, "increasing at " + raw);
            prev = v;
        }
    }

    @Test
    void saveAndLoadGiveIdenticalPredictionsWithSpreads() {
        ShrinkCorrection c = new ShrinkCorrection(List.of());
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 6; i++) {
            double raw = 20 + 30 * r.nextDouble();
            c = c.withMeasurement(raw, raw * 1.1 * (1 + 0.05 * r.nextGaussian()), i % 2 == 0 ? Double.NaN : 0.5 + i);
        }
        JsonNode json = EvolvingTrees.correction(c);
        Correction back = EvolvingTrees.correction(json);
        for (double raw = 5; raw < 100; raw += 7.3) {
            assertEquals(c.apply(raw), back.apply(raw), 0.0);
            assertEquals(c.band(raw), back.band(raw));
        }
        // a file written before spreads existed still loads (unknown noise)
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove("spreads");
        assertEquals(6, EvolvingTrees.correction(json).size());
    }

    /**
     * Issue 10, noise known from three round medians: a stated sd has 2 degrees of freedom, so one
     * point of a family now and then states far less noise than it has. Weighted by that statement
     * it carried its chance offset into the scale (×1.08 here, from an unbiased family); with every
     * point counted at least as noisy as the family's typical statement it is not applied.
     */
    @Test
    void aLuckyQuietStatementDoesNotCarryAChanceOffset() {
        double[] ratio = {Math.exp(0.02), Math.exp(-0.03), Math.exp(0.14)};
        double[] relSd = {0.12, 0.12, 0.01};
        List<double[]> pts = new ArrayList<>();
        double[] sds = new double[3];
        for (int i = 0; i < 3; i++) {
            double raw = 30 + 5 * i;
            pts.add(new double[]{raw, raw * ratio[i]});
            sds[i] = relSd[i] * raw * ratio[i];
        }
        ShrinkCorrection c = new ShrinkCorrection(pts, sds);
        assertEquals(1.0, c.apply(40) / 40, 0.01, "scale " + c.apply(40) / 40);
    }

    @Test
    void statedVariancesAreFlooredAtTheirMedianOnlyWhenAllAreKnown() {
        double[] v = {0.01, 0.0001, 0.04};
        ShrinkFit.floorAtTypical(v);
        assertArrayEquals(new double[]{0.01, 0.01, 0.04}, v, 0.0); // a noisier point keeps its own
        double[] some = {0.01, 0, 0.0001};
        ShrinkFit.floorAtTypical(some);
        assertArrayEquals(new double[]{0.01, 0, 0.0001}, some, 0.0);
    }
}
