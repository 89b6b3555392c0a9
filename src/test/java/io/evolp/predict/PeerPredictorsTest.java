package io.evolp.predict;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.core.ModelSpec;
import io.evolp.task.CancelledException;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The lut, flops and forest peers, and the {@link Predictors} entry point. */
class PeerPredictorsTest {

    private static final LayerDataset CLEAN = SyntheticData.vggLike(0, 1);

    @Test
    void kindsStartWithTheDefaultAuto() {
        assertEquals(List.of("auto", "evolp", "gbt", "gp", "hybrid", "forest", "lut", "flops"), Predictors.kinds());
    }

    @Test
    void unknownKindAndEmptyDataAreRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Predictors.train("nnmeter", CLEAN, TrainOptions.defaults(), ProgressMonitor.NONE));
        assertTrue(e.getMessage().contains("auto, evolp, gbt, gp, hybrid, forest, lut, flops"), e.getMessage());
        LayerDataset empty = LayerDataset.builder("d").build();
        for (String kind : Predictors.kinds()) {
            assertThrows(IllegalArgumentException.class, () -> Predictors.train(kind, empty, TrainOptions.defaults(), ProgressMonitor.NONE));
        }
    }

    @Test
    void lutIsExactOnMeasuredPointsAndMedianOfRepeats() {
        LayerDataset noisy = SyntheticData.vggLike(0.05, 2);
        LatencyPredictor lut = Predictors.train("lut", noisy, TrainOptions.defaults(), ProgressMonitor.NONE);
        for (int i = 0; i < noisy.size(); i++) assertEquals(noisy.latency(i), lut.predictLayer(noisy.config(i)), 0);
        LayerConfig c = SyntheticData.conv(28, 10, 20);
        LayerDataset repeats = LayerDataset.builder("d").add(c, 3).add(c, 1).add(c, 10).add(c.withChannels(20, 20), 4).build();
        LatencyPredictor r = Predictors.train("lut", repeats, TrainOptions.defaults(), ProgressMonitor.NONE);
        assertEquals(3, r.predictLayer(c), 0);
    }

    @Test
    void lutInterpolatesBilinearlyAndScalesBeyondTheTable() {
        LayerConfig a = SyntheticData.conv(28, 10, 10);
        LayerDataset d = LayerDataset.builder("d").add(a, 1).add(a.withChannels(20, 10), 2)
                .add(a.withChannels(10, 20), 3).add(a.withChannels(20, 20), 5).build();
        LatencyPredictor lut = Predictors.train("lut", d, TrainOptions.defaults(), ProgressMonitor.NONE);
        assertEquals(1.5, lut.predictLayer(a.withChannels(15, 10)), 1e-12);
        assertEquals(2.75, lut.predictLayer(a.withChannels(15, 15)), 1e-12);  // mean of the 4 corners
        assertEquals(10, lut.predictLayer(a.withChannels(40, 20)), 1e-12);    // 2× beyond: 5 × 2
        assertEquals(0.5, lut.predictLayer(a.withChannels(5, 10)), 1e-12);    // below: 1 × 5/10
    }

    @Test
    void lutUsesInverseDistanceWhereCornersAreMissing() {
        LayerConfig a = SyntheticData.conv(28, 10, 10);
        LayerDataset d = LayerDataset.builder("d").add(a, 1).add(a.withChannels(40, 10), 2)
                .add(a.withChannels(10, 40), 3).build(); // (40,40) missing
        LatencyPredictor lut = Predictors.train("lut", d, TrainOptions.defaults(), ProgressMonitor.NONE);
        double v = lut.predictLayer(a.withChannels(30, 30));
        assertTrue(v > 1 && v < 3, "IDW stays within the neighbours: " + v);
        assertEquals(v, lut.predictLayer(a.withChannels(30, 30)), 0);
    }

    @Test
    void lutAndEvolpListUnseenKeys() {
        LayerConfig odd = LayerConfig.of(224, 3, 32, 3, 2, 1, 1);
        ModelSpec m = ModelSpec.explicit("m", List.of(odd, SyntheticData.conv(56, 64, 64)));
        LatencyPredictor lut = Predictors.train("lut", CLEAN, TrainOptions.defaults(), ProgressMonitor.NONE);
        assertEquals(List.of(odd.key().label()), lut.predictModel(m).unseenKeys());
        assertTrue(lut.predictLayer(odd) > 0);
    }

    @Test
    void flopsRecoversSlopeAndInterceptOnNoiseFreeData() {
        FlopsPredictor f = (FlopsPredictor) Predictors.train("flops", CLEAN, TrainOptions.defaults(), ProgressMonitor.NONE);
        assertEquals(3e-9, f.slope(), 3e-9 * 1e-9);
        assertEquals(0.02, f.intercept(), 1e-10);
        LayerConfig unseen = LayerConfig.of(7, 100, 100, 1, 1, 0, 1);
        assertTrue(f.covers(unseen.key()), "a general model covers every key");
        assertEquals(3e-9 * unseen.macs() + 0.02, f.predictLayer(unseen), 1e-10);
        assertEquals(List.of(), f.predictModel(ModelSpec.explicit("m", List.of(unseen))).unseenKeys());
    }

    @Test
    void flopsStaysPositiveForTinyLayers() {
        LayerDataset.Builder b = LayerDataset.builder("d");
        for (int c = 64; c <= 512; c += 64) {
            LayerConfig l = SyntheticData.conv(56, c, c);
            b.add(l, 3e-9 * l.macs() - 0.5); // negative intercept
        }
        LatencyPredictor f = Predictors.train("flops", b.build(), TrainOptions.defaults(), ProgressMonitor.NONE);
        assertTrue(f.predictLayer(SyntheticData.conv(56, 1, 1)) > 0);
    }

    @Test
    void forestLearnsTheFunctionAndCoversOnlySeenKeys() {
        LatencyPredictor forest = Predictors.train("forest", SyntheticData.vggLike(0.02, 3), TrainOptions.defaults(), ProgressMonitor.NONE);
        double mape = SyntheticData.mape(forest, SyntheticData.heldOut());
        assertTrue(mape < 15, "forest MAPE " + mape);
        assertTrue(forest.covers(SyntheticData.conv(56, 1, 1).key()));
        LayerConfig odd = LayerConfig.of(56, 64, 64, 1, 1, 0, 1);
        assertFalse(forest.covers(odd.key()));
        assertTrue(forest.predictLayer(odd) > 0);
    }

    @Test
    void forestIsSeeded() {
        LayerDataset d = SyntheticData.vggLike(0.02, 3);
        LayerConfig q = SyntheticData.conv(28, 77, 133);
        double a = Predictors.train("forest", d, TrainOptions.defaults(), ProgressMonitor.NONE).predictLayer(q);
        double b = Predictors.train("forest", d, TrainOptions.defaults(), ProgressMonitor.NONE).predictLayer(q);
        double c = Predictors.train("forest", d, TrainOptions.defaults().withSeed(1), ProgressMonitor.NONE).predictLayer(q);
        assertEquals(a, b, 0);
        assertNotEquals(a, c);
    }

    @Test
    void everyKindReportsProgressAndHonoursCancellation() {
        for (String kind : Predictors.kinds()) {
            List<Long> done = new ArrayList<>();
            Predictors.train(kind, CLEAN, TrainOptions.defaults(), new ProgressMonitor() {
                @Override public void progress(long d, long total, String message) { done.add(d); assertTrue(d <= total); }
                @Override public boolean isCancelled() { return false; }
            });
            assertFalse(done.isEmpty(), kind);
            ProgressMonitor cancelled = new ProgressMonitor() {
                @Override public void progress(long d, long total, String message) { }
                @Override public boolean isCancelled() { return true; }
            };
            assertThrows(CancelledException.class, () -> Predictors.train(kind, CLEAN, TrainOptions.defaults(), cancelled), kind);
        }
    }

    @Test
    void forestCancelsBetweenTrees() {
        int[] trees = {0};
        ProgressMonitor pm = new ProgressMonitor() {
            @Override public void progress(long d, long total, String message) { trees[0] = (int) d; }
            @Override public boolean isCancelled() { return trees[0] >= 5; }
        };
        assertThrows(CancelledException.class, () -> Predictors.train("forest", CLEAN, TrainOptions.defaults(), pm));
        assertEquals(5, trees[0]);
    }
}
