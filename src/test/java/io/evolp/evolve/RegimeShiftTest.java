package io.evolp.evolve;

import io.evolp.predict.LatencyPredictor;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A device drifts (thermal, firmware): a correction with a long history must follow a sustained
 * shift within a few measurements, and a single wild measurement must not reset it.
 */
class RegimeShiftTest {

    /** Log ratios: {@code old} points at ln(a), then {@code fresh} at ln(b), relative noise sd. */
    private static double[] history(int old, double a, int fresh, double b, double noise, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] out = new double[old + fresh];
        for (int i = 0; i < out.length; i++) out[i] = Math.log((i < old ? a : b) * (1 + noise * r.nextGaussian()));
        return out;
    }

    private static ShrinkCorrection feed(double[] logRatios) {
        ShrinkCorrection c = new ShrinkCorrection(List.of());
        for (int i = 0; i < logRatios.length; i++) {
            double raw = 40 + (i * 7) % 23; // varied model sizes
            c = c.withPoint(raw, raw * Math.exp(logRatios[i]));
        }
        return c;
    }

    @Test
    void aStationaryHistoryIsNeverCut() {
        int alarms = 0;
        for (long seed = 0; seed < 300; seed++) if (RegimeShift.start(history(40, 1.3, 0, 1, 0.03, seed)) != 0) alarms++;
        assertTrue(alarms <= 3, "false shifts in 300 stationary histories of 40 points: " + alarms);
    }

    @Test
    void mostShiftsAreAdoptedAtTheirThirdPointMoreByTheFifth() {
        int third = 0, fifth = 0;
        for (long seed = 0; seed < 200; seed++) {
            double[] h = history(20, 1.30, 5, 1.40, 0.02, seed);
            if (RegimeShift.start(java.util.Arrays.copyOf(h, 23)) == 20) third++;
            if (Math.abs(feed(h).apply(50) / 50 - 1.40) < 0.03) fifth++;
        }
        assertTrue(third >= 140, "adopted at the third point in " + third + " of 200");
        // measured 169 of 200: the rest keep part of the old regime a little longer (a new point
        // that noise put nearer the old level delays the cut), at the price of fewer false cuts
        assertTrue(fifth >= 160, "within 3 % of the new scale by the fifth in " + fifth + " of 200");
    }

    @Test
    void aSustainedShiftIsAdoptedFromItsThirdPoint() {
        double[] h = history(20, 1.30, 11, 1.40, 0.02, 5);
        assertEquals(0, RegimeShift.start(java.util.Arrays.copyOf(h, 22)), "two points are not yet a shift");
        assertEquals(20, RegimeShift.start(java.util.Arrays.copyOf(h, 23)));
        ShrinkCorrection three = feed(java.util.Arrays.copyOf(h, 23));
        assertEquals(1.40, three.apply(50) / 50, 0.03, "after 3 new measurements");
        ShrinkCorrection eleven = feed(h);
        assertEquals(1.40, eleven.apply(50) / 50, 0.015, "after 11");
        double start = eleven.parameters().get("regime_start");
        assertTrue(start >= 20 && start <= 28, "the fit rests on new points only: from " + start);
        assertEquals(31, eleven.size(), "the old points stay in the history");
    }

    @Test
    void oneOrTwoWildMeasurementsDoNotResetTheFit() {
        double[] h = history(20, 1.30, 6, 1.30, 0.02, 9);
        h[20] = Math.log(1.80); // one wild measurement, then the device as before
        assertEquals(0, RegimeShift.start(h));
        assertEquals(1.30, feed(h).apply(50) / 50, 0.02);
        h[21] = Math.log(1.75); // two in a row
        assertEquals(0, RegimeShift.start(h));
        assertEquals(1.30, feed(h).apply(50) / 50, 0.025);
        double[] last = java.util.Arrays.copyOf(h, 21); // the wild one is the latest point
        assertEquals(0, RegimeShift.start(last));
    }

    @Test
    void anOutlierInsideTheNewRegimeOnlyDelaysIt() {
        double[] h = history(20, 1.30, 7, 1.40, 0.01, 2);
        h[22] = Math.log(0.9);
        int start = RegimeShift.start(h);
        assertEquals(23, start, "the shift is taken after the outlier");
        assertEquals(1.40, feed(h).apply(50) / 50, 0.03); // four points of 1 % noise, a little shrunk
    }

    @Test
    void smallShiftsOfAQuietDeviceAreIgnored() {
        // 1 % is inside the window any session works to; a long noiseless history would call it
        // significant, but it is nothing a user could act on.
        assertEquals(0, RegimeShift.start(history(30, 1.30, 10, 1.313, 0.0, 1)));
        assertEquals(30, RegimeShift.start(history(30, 1.30, 10, 1.35, 0.0, 1)));
    }

    /** Item 3 of issue 10, through the predictor a session evolves: 20 recorded models, then drift. */
    @Test
    void anEvolvedPredictorFollowsADriftingDevice() {
        LatencyPredictor base = null; // pairs carry their raw sums; the base predicts nothing here
        EvolvingPredictor p = EvolvingPredictor.start(base, Corrections.DEFAULT);
        SplittableRandom r = new SplittableRandom(4);
        List<Double> raws = new ArrayList<>();
        for (int i = 0; i < 31; i++) raws.add(30 + 30 * r.nextDouble());
        for (int i = 0; i < 20; i++) p = p.withPair(pair("vgg16", raws.get(i), 1.30 * (1 + 0.02 * r.nextGaussian())));
        for (int i = 0; i < 8; i++) p = p.withPair(pair("resnet50", 20 + i, 1.10 * (1 + 0.02 * r.nextGaussian())));
        assertEquals(1.30, p.corrections().apply("vgg16", 50) / 50, 0.02);
        for (int i = 20; i < 24; i++) p = p.withPair(pair("vgg16", raws.get(i), 1.40 * (1 + 0.02 * r.nextGaussian())));
        assertEquals(1.40, p.corrections().apply("vgg16", 50) / 50, 0.03, "four measurements after the drift");
        assertEquals(1.10, p.corrections().apply("resnet50", 25) / 25, 0.02, "the other family is not moved");
        // the same history loaded at once gives the same fit
        EvolvingPredictor loaded = EvolvingPredictor.of(base, Corrections.create(Corrections.DEFAULT), 1, p.history());
        assertEquals(p.corrections().apply("vgg16", 50), loaded.corrections().apply("vgg16", 50), 1e-9);
    }

    private static MeasuredPair pair(String family, double raw, double ratio) {
        return new MeasuredPair(family, family, raw, raw * ratio, 0, "test", true, Instant.EPOCH);
    }
}
