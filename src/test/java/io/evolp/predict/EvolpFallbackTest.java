package io.evolp.predict;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.core.ModelSpec;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class EvolpFallbackTest {

    @Test
    void aSingleRowKeyComesFromTheGlobalLearnerNotMacScaling() {
        // One 2 ms row of a 1x1 key whose MACs are large: MAC scaling from a small layer explodes.
        LayerConfig single = LayerConfig.of(56, 256, 256, 1, 1, 0, 1);
        LayerDataset d = SyntheticData.vggLike(0.02, 1)
                .concat(LayerDataset.builder("synthetic").add(single, 2.0).build());
        EvolpPredictor p = (EvolpPredictor) Predictors.train("evolp", d, TrainOptions.defaults(), ProgressMonitor.NONE);
        assertNotNull(p.global());
        double at = p.predictLayer(single), bigger = p.predictLayer(LayerConfig.of(56, 512, 512, 1, 1, 0, 1));
        // The trees cannot isolate one row (min leaf 2), so it blends with similar layers: no blow-up.
        assertTrue(at > 0.4 && at < 5, "single-row key predicted " + at);
        assertTrue(bigger < 10, "no blow-up: " + bigger);
        assertTrue(p.reports().stream().anyMatch(r -> r.model().equals(GlobalKeyModel.MODEL)));
    }

    @Test
    void unseenKeysAreListedAndPredictedByTheGlobalLearner() {
        LayerDataset d = SyntheticData.vggLike(0.02, 2);
        EvolpPredictor p = (EvolpPredictor) Predictors.train("evolp", d, TrainOptions.defaults(), ProgressMonitor.NONE);
        LayerConfig unseen = LayerConfig.of(7, 512, 512, 3, 1, 1, 1);
        assertEquals(p.global().predictLayer(unseen), p.predictLayer(unseen), 0);
        ModelPrediction mp = p.predictModel(ModelSpec.explicit("m", List.of(unseen, SyntheticData.conv(56, 100, 100))));
        assertEquals(List.of(unseen.key().label()), mp.unseenKeys());
    }

    /** Trained on cin, cout ≤ 50 % of the widest, evolp's nets still extrapolate above it; flat trees cannot. */
    @Test
    void extrapolatesToLargerChannelCountsThanTrained() {
        LayerDataset all = SyntheticData.vggLike(0.0, 3);
        LayerDataset small = all.filter(r -> {
            int w = widthOf(all.config(r).inputSize());
            return all.cin(r) <= w / 2 && all.cout(r) <= w / 2;
        });
        LatencyPredictor evolp = Predictors.train("evolp", small, TrainOptions.defaults(), ProgressMonitor.NONE);
        LatencyPredictor gbt = Predictors.train("gbt", small, TrainOptions.defaults(), ProgressMonitor.NONE);
        double eEvolp = 0, eGbt = 0;
        int n = 0;
        for (int k = 0; k < SyntheticData.SIZES.length; k++) {
            int w = SyntheticData.WIDTHS[k];
            for (int cin = w * 6 / 10; cin <= w; cin += w / 10) {
                LayerConfig c = SyntheticData.conv(SyntheticData.SIZES[k], cin, cin);
                double m = SyntheticData.latency(c);
                eEvolp += Math.abs(evolp.predictLayer(c) / m - 1);
                eGbt += Math.abs(gbt.predictLayer(c) / m - 1);
                n++;
            }
        }
        assertTrue(eEvolp / n < 0.2, "evolp MAPE above the trained range " + eEvolp / n);
        assertTrue(eEvolp < eGbt / 2, "evolp " + eEvolp / n + " vs gbt " + eGbt / n);
    }

    private static int widthOf(int inputSize) {
        for (int k = 0; k < SyntheticData.SIZES.length; k++) if (SyntheticData.SIZES[k] == inputSize) return SyntheticData.WIDTHS[k];
        throw new AssertionError(inputSize);
    }
}
