package io.evolp.predict;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.core.ModelSpec;
import io.evolp.task.CancelledException;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class EvolpPredictorTest {

    private static LayerDataset data;
    private static EvolpPredictor evolp;

    @BeforeAll
    static void train() {
        data = SyntheticData.vggLike(0, 1);
        evolp = (EvolpPredictor) Predictors.train("evolp", data, TrainOptions.defaults(), ProgressMonitor.NONE);
    }

    @Test
    void learnsSmoothFunctionOnHeldOutGridPoints() {
        double mape = SyntheticData.mape(evolp, SyntheticData.heldOut());
        assertTrue(mape < 5, "held-out MAPE " + mape);
        for (KeyReport r : evolp.reports()) {
            assertEquals("mlp", r.model(), r.key().label());
            assertEquals(100, r.samples());
        }
    }

    @Test
    void modelLatencyIsTheSumOfLayers() {
        List<LayerConfig> convs = SyntheticData.vgg16();
        var pred = evolp.predictModel(ModelSpec.explicit("vgg16", convs));
        double sum = 0;
        for (int i = 0; i < convs.size(); i++) {
            assertEquals(evolp.predictLayer(convs.get(i)), pred.layersMs()[i], 0);
            sum += pred.layersMs()[i];
        }
        assertEquals(sum, pred.latencyMs(), 1e-12);
        assertEquals(sum, evolp.predictSum(convs), 1e-12);
        assertEquals(List.of(), pred.unseenKeys());
    }

    @Test
    void unseenKeyComesFromTheGlobalLearnerAndIsListed() {
        LayerConfig odd = LayerConfig.of(224, 64, 64, 7, 2, 3, 1); // 7×7 stride 2: not in the data
        var pred = evolp.predictModel(ModelSpec.explicit("m", List.of(odd, SyntheticData.conv(56, 128, 128))));
        assertEquals(List.of(odd.key().label()), pred.unseenKeys());
        assertFalse(evolp.covers(odd.key()));
        assertEquals(((EvolpPredictor) evolp).global().predictLayer(odd), pred.layersMs()[0], 0);
    }

    /** Predictors from format-1 files have no global learner: nearest key scaled by MACs, as before. */
    @Test
    void legacyFilesKeepNearestKeyScalingAndMacLines() throws Exception {
        var node = PredictorTrees.toJson(evolp);
        node.put("format", 1);
        node.remove("global");
        var legacy = (EvolpPredictor) PredictorTrees.fromJson(node, "legacy.json");
        assertNull(legacy.global());
        LayerConfig odd = LayerConfig.of(224, 64, 64, 7, 2, 3, 1);
        LayerConfig proxy = SyntheticData.conv(224, 64, 64);
        double expected = legacy.predictLayer(proxy) * odd.macs() / (double) proxy.macs();
        assertEquals(expected, legacy.predictLayer(odd), 1e-12 * expected);
        var keys = (com.fasterxml.jackson.databind.node.ArrayNode) node.get("keys");
        var k0 = (com.fasterxml.jackson.databind.node.ObjectNode) keys.get(0);
        k0.removeAll();
        k0.put("key", "7/k1x1/s1x1/p0x0/dense").put("model", "mac_line").put("a", 1e-4).put("b", 0.1).put("floor", 0.01);
        var withLine = PredictorTrees.fromJson(node, "legacy.json");
        LayerConfig q = LayerConfig.of(7, 24, 16, 1, 1, 0, 1);
        assertEquals(0.1 + 1e-4 * q.macs(), withLine.predictLayer(q), 1e-9);
    }

    @Test
    void beyondTheTrainedChannelsScalesByMacs() {
        LayerConfig edge = SyntheticData.conv(56, 256, 256); // the key's largest measured channels
        assertEquals(2 * evolp.predictLayer(edge), evolp.predictLayer(edge.withChannels(256, 512)), 1e-12);
        assertEquals(3 * evolp.predictLayer(edge), evolp.predictLayer(edge.withChannels(768, 256)), 1e-12);
    }

    @Test
    void singleSampleKeyUsesTheGlobalLearner() {
        LayerConfig one = LayerConfig.of(7, 32, 32, 1, 1, 0, 1);
        LayerDataset d = data.concat(LayerDataset.builder("synthetic").add(one, 0.5).build());
        EvolpPredictor p = (EvolpPredictor) Predictors.train("evolp", d, fast(), ProgressMonitor.NONE);
        assertTrue(p.covers(one.key()));
        assertEquals(p.global().predictLayer(one), p.predictLayer(one), 0);
        assertEquals(p.global().predictLayer(one.withChannels(64, 32)), p.predictLayer(one.withChannels(64, 32)), 0);
        assertTrue(p.reports().stream().anyMatch(r -> r.key().equals(one.key()) && r.model().equals("global")));
    }

    @Test
    void noisyTinyKeysNeverBlowUp() {
        // A key with 6 erratic samples and one with 2: predictions over and beyond the channel
        // range stay within 10× the largest measured latency.
        java.util.Random rnd = new java.util.Random(3);
        LayerDataset.Builder b = LayerDataset.builder("d");
        double max = 0;
        int[][] pts = {{4, 4}, {4, 40}, {40, 4}, {40, 40}, {20, 22}, {22, 20}};
        for (int[] pt : pts) {
            double lat = Math.exp(rnd.nextGaussian() * 2);
            max = Math.max(max, lat);
            b.add(LayerConfig.of(28, pt[0], pt[1], 3, 1, 1, 1), lat);
        }
        b.add(LayerConfig.of(14, 8, 8, 3, 1, 1, 1), 0.3);
        b.add(LayerConfig.of(14, 16, 16, 3, 1, 1, 1), 0.35);
        EvolpPredictor p = (EvolpPredictor) Predictors.train("evolp", b.build(), TrainOptions.defaults(), ProgressMonitor.NONE);
        for (int c1 = 1; c1 <= 40; c1++) {
            for (int c2 = 1; c2 <= 40; c2++) {
                double v = p.predictLayer(LayerConfig.of(28, c1, c2, 3, 1, 1, 1));
                assertTrue(v > 0 && v <= 10 * max, c1 + "," + c2 + " -> " + v);
                double w = p.predictLayer(LayerConfig.of(14, c1, c2, 3, 1, 1, 1));
                assertTrue(w > 0 && w <= 10 * 0.35, c1 + "," + c2 + " -> " + w);
            }
        }
    }

    @Test
    void pathologicalNetIsRejectedByGuardAndClampedAtPrediction() {
        double[] w = new double[23];
        w[22] = -50; // output far below -1: t far below its range, latency would explode as t^-8
        NetKeyModel net = new NetKeyModel(w, 8, 64, 8, 64, 0.5, 0.9, false, 10, Double.NaN);
        assertFalse(net.saneOnBox());
        double maxLatency = Math.pow(0.5, -8);
        double v = net.predict(SyntheticData.conv(28, 32, 32));
        assertEquals(2 * maxLatency, v, 1e-9 * v); // clamped to the sane band's upper edge
        w[22] = 0;
        assertTrue(new NetKeyModel(w, 8, 64, 8, 64, 0.5, 0.9, false, 10, Double.NaN).saneOnBox());
    }

    @Test
    void depthwiseKeyUsesCinOnly() {
        LayerDataset.Builder b = LayerDataset.builder("d");
        List<LayerConfig> probes = new ArrayList<>();
        for (int c = 16; c <= 512; c += 16) {
            LayerConfig l = LayerConfig.of(56, c, c, 3, 1, 1, c);
            b.add(l, 0.01 + 2e-7 * l.macs());
            if (c < 512) probes.add(LayerConfig.of(56, c + 8, c + 8, 3, 1, 1, c + 8));
        }
        EvolpPredictor p = (EvolpPredictor) Predictors.train("evolp", b.build(), TrainOptions.defaults(), ProgressMonitor.NONE);
        assertTrue(p.covers(probes.get(0).key()));
        double sum = 0;
        for (LayerConfig l : probes) sum += Math.abs(p.predictLayer(l) / (0.01 + 2e-7 * l.macs()) - 1);
        assertTrue(100 * sum / probes.size() < 5, "depthwise MAPE " + 100 * sum / probes.size());
    }

    @Test
    void sameSeedSameNetsOtherSeedOtherNets() {
        EvolpPredictor again = (EvolpPredictor) Predictors.train("evolp", data, TrainOptions.defaults(), ProgressMonitor.NONE);
        EvolpPredictor other = (EvolpPredictor) Predictors.train("evolp", data, TrainOptions.defaults().withSeed(7), ProgressMonitor.NONE);
        LayerConfig q = SyntheticData.conv(56, 100, 200);
        assertEquals(evolp.predictLayer(q), again.predictLayer(q), 0);
        assertNotEquals(evolp.predictLayer(q), other.predictLayer(q));
    }

    @Test
    void cancellationStopsTraining() {
        int[] calls = {0};
        ProgressMonitor cancelAfterFirst = new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { calls[0]++; }
            @Override public boolean isCancelled() { return calls[0] >= 2; }
        };
        assertThrows(CancelledException.class, () -> Predictors.train("evolp", data, TrainOptions.defaults(), cancelAfterFirst));
        assertEquals(2, calls[0]);
    }

    @Test
    void keySeedDependsOnSeedAndKey() {
        ConfigKey a = SyntheticData.conv(56, 8, 8).key(), b = SyntheticData.conv(28, 8, 8).key();
        assertNotEquals(EvolpPredictor.keySeed(42, a), EvolpPredictor.keySeed(42, b));
        assertNotEquals(EvolpPredictor.keySeed(42, a), EvolpPredictor.keySeed(43, a));
    }

    private static TrainOptions fast() {
        return new TrainOptions(42, 1, 0.15, 200, 6);
    }
}
