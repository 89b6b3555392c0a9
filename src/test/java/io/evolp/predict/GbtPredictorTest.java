package io.evolp.predict;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.predict.features.LayerFeatures;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class GbtPredictorTest {

    /** Depthwise and pointwise layers that run 4x faster at channel counts divisible by 4 (as ORT's). */
    static LayerDataset aligned(long seed, int rows) {
        SplittableRandom r = new SplittableRandom(seed);
        LayerDataset.Builder b = LayerDataset.builder("aligned");
        for (int i = 0; i < rows; i++) {
            int c = 8 + r.nextInt(500);
            boolean dw = r.nextBoolean();
            LayerConfig l = dw ? LayerConfig.of(28, c, c, 3, 1, 1, c) : LayerConfig.of(14, c, 8 + r.nextInt(500), 1, 1, 0, 1);
            double lat = (0.01 + 2e-7 * l.macs()) * (c % 4 == 0 ? 1 : 4);
            b.add(l, lat * (1 + 0.02 * r.nextGaussian()));
        }
        return b.build();
    }

    @Test
    void learnsChannelAlignmentSteps() {
        GbtPredictor p = GbtPredictor.train(aligned(1, 600), TrainOptions.defaults(), ProgressMonitor.NONE);
        LayerDataset test = aligned(2, 200);
        double err = 0;
        for (int i = 0; i < test.size(); i++) err += Math.abs(p.predictLayer(test.config(i)) / test.latency(i) - 1);
        assertTrue(err / test.size() < 0.12, "MAPE " + err / test.size());
        LayerConfig a = LayerConfig.of(28, 256, 256, 3, 1, 1, 256), b = LayerConfig.of(28, 257, 257, 3, 1, 1, 257);
        assertTrue(p.predictLayer(b) > 2.5 * p.predictLayer(a), "misaligned depthwise must be slower");
    }

    /**
     * Depthwise and pointwise layers where only one row in five has channels aligned to 4, and
     * unaligned depthwise layers run 11x slower (ONNX Runtime's NCHWc step on a CPU).
     */
    static LayerDataset rarelyAligned(long seed, int rows, double aligned) {
        SplittableRandom r = new SplittableRandom(seed);
        LayerDataset.Builder b = LayerDataset.builder("rare");
        for (int i = 0; i < rows; i++) {
            int c = 8 + r.nextInt(500);
            if (r.nextDouble() < aligned) c = c / 4 * 4;
            else if (c % 4 == 0) c++;
            boolean dw = r.nextBoolean();
            LayerConfig l = dw ? LayerConfig.of(28, c, c, 3, 1, 1, c) : LayerConfig.of(14, c, 8 + r.nextInt(500), 1, 1, 0, 1);
            double lat = (0.01 + 2e-7 * l.macs()) * (dw && c % 4 != 0 ? 11 : 1);
            b.add(l, lat * (1 + 0.02 * r.nextGaussian()));
        }
        return b.build();
    }

    @Test
    void aHundredRowsLearnARareAlignmentStepOnAlmostEverySeed() {
        // one early-stopping split of 15 rows often holds no aligned depthwise layer and stopped the
        // refit after ~10 trees, short of the 11x step: 4 of these 20 seeds scored below 60 %
        LayerDataset test = rarelyAligned(999, 400, 0.5);
        int poor = 0;
        StringBuilder scores = new StringBuilder();
        for (long seed = 1; seed <= 20; seed++) {
            GbtPredictor p = GbtPredictor.train(rarelyAligned(seed, 100, 0.2), TrainOptions.defaults().withSeed(seed),
                    ProgressMonitor.NONE);
            int within = 0;
            for (int i = 0; i < test.size(); i++) {
                if (Math.abs(p.predictLayer(test.config(i)) / test.latency(i) - 1) <= 0.25) within++;
            }
            double share = 100.0 * within / test.size();
            scores.append(String.format(" %.0f", share));
            if (share < 60) poor++;
        }
        assertTrue(poor <= 1, "seeds below 60 % within ±25 %:" + scores);
    }

    @Test
    void perKeyTablesPredictExactlyAsTheEnsemble() {
        LayerDataset d = aligned(3, 400).concat(SyntheticData.vggLike(0.03, 3).withDevice("aligned"));
        GbtPredictor p = GbtPredictor.train(d, TrainOptions.defaults(), ProgressMonitor.NONE);
        SplittableRandom r = new SplittableRandom(4);
        for (int i = 0; i < 2000; i++) {
            int cin = 1 + r.nextInt(i % 10 == 0 ? 20000 : 700), cout = 1 + r.nextInt(700);
            LayerConfig c = switch (i % 4) {
                case 0 -> LayerConfig.of(28, cin, cin, 3, 1, 1, cin);
                case 1 -> LayerConfig.of(14, cin, cout, 1, 1, 0, 1);
                case 2 -> LayerConfig.of(56, cin, cout, 3, 1, 1, 1);
                default -> LayerConfig.of(33, cin, cout, 5, 2, 2, 1); // unseen key
            };
            double full = Math.exp(p.model().predict(LayerFeatures.of(c)));
            assertEquals(full, p.predictLayer(c), 1e-9 * full, c.toString());
        }
        assertFalse(p.covers(LayerConfig.of(33, 8, 8, 5, 2, 2, 1).key()));
    }
}
