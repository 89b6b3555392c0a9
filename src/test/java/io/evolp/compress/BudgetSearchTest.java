package io.evolp.compress;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.evolve.CorrectedPrediction;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.predict.LatencyPredictor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.*;

class BudgetSearchTest {

    private final LatencyPredictor base = new MacsPredictor();
    private final ToDoubleFunction<ModelSpec> raw = m -> base.predictModel(m).latencyMs();
    private final ModelSpec vgg = Zoo.model("vgg16", null);

    @Test
    void thresholdIsTheRQuantileOfAllGammasAndEveryLayerKeepsOne() {
        // Layer i's γ are i*1000 + c: all of layer 0 are smaller than all of layer 1, and so on.
        Map<String, double[]> g = new HashMap<>();
        for (int i = 0; i < 13; i++) {
            double[] v = new double[vgg.widths().get(i)];
            for (int c = 0; c < v.length; c++) v[c] = i * 1000 + c;
            g.put(Integer.toString(i), v);
        }
        BudgetSearch s = new BudgetSearch(vgg, ChannelImportance.of(vgg, g, "test"));
        assertEquals("gamma", s.mode());
        int total = 4224; // channels of VGG16
        // r = (64 + 64 + 10) / 4224 prunes all of layers 0 and 1 (each keeps 1) and 10 of layer 2.
        List<Integer> w = s.modelAt((64 + 64 + 10) / (double) total).widths();
        assertEquals(List.of(1, 1, 118, 128, 256, 256, 256, 512, 512, 512, 512, 512, 512), w);
        assertEquals(vgg.widths(), s.modelAt(0).widths());
        // The convs follow the widths: conv1_2 reads 1 channel and writes 1.
        LayerConfig c = s.modelAt((64 + 64 + 10) / (double) total).convs().get(1);
        assertEquals(1, c.cin());
        assertEquals(1, c.cout());
    }

    @Test
    void predictionLandsInTheWindowAndLowerBudgetsGiveFewerMacs() {
        BudgetSearch s = new BudgetSearch(vgg, ChannelImportance.random(vgg, 3));
        double full = raw.applyAsDouble(vgg);
        long previousMacs = Long.MAX_VALUE;
        for (int pct = 90; pct >= 20; pct -= 10) {
            double budget = full * pct / 100;
            BudgetSearch.Result r = s.search(budget, raw);
            assertEquals(BudgetSearch.Outcome.IN_WINDOW, r.outcome(), r.reason());
            assertTrue(r.withinWindow());
            assertTrue(r.correctedMs() >= 0.97 * budget && r.correctedMs() <= budget, pct + "%: " + r.correctedMs());
            // Aimed at the window's centre: the central half [0.9775, 0.9925] leaves room for noise.
            assertEquals(0.985 * budget, r.correctedMs(), 0.0075 * budget, pct + "%");
            assertEquals(r.correctedMs(), raw.applyAsDouble(r.model()), 1e-12);
            assertEquals(r.probes().get(r.steps() - 1).predictedMs(), r.correctedMs(), 0);
            assertTrue(r.steps() >= 3 && r.steps() <= 2 + 14, "steps " + r.steps());
            long macs = r.model().macs();
            assertTrue(macs < previousMacs, pct + "% budget must give fewer MACs than the one above");
            previousMacs = macs;
            assertTrue(r.keptRatio() > 0 && r.keptRatio() < 1);
            assertNull(r.band(), "a plain function gives no band");
        }
    }

    @Test
    void macsAreMonotoneInTheRatio() {
        BudgetSearch s = new BudgetSearch(vgg, ChannelImportance.random(vgg, 5));
        long prev = Long.MAX_VALUE;
        for (int i = 0; i <= 96; i++) {
            long macs = s.modelAt(i / 100.0).macs();
            assertTrue(macs <= prev, "ratio " + i + "%");
            prev = macs;
        }
        assertTrue(prev < vgg.macs() / 100, "at 0.96 almost everything is gone");
    }

    @Test
    void evolvingPredictorSteersWithTheCorrectedLatencyAndReportsRawAndBand() {
        EvolvingPredictor p = EvolvingPredictor.start(base, "linear");
        // One pair saying the device is twice as slow as the layer sum.
        p = p.withMeasurement(vgg, new io.evolp.measure.Measurement(2 * raw.applyAsDouble(vgg), 0, 1,
                java.time.Instant.EPOCH, "test", true, ""));
        BudgetSearch s = new BudgetSearch(vgg, ChannelImportance.uniform());
        double budget = 100;
        BudgetSearch.Result r = s.search(budget, p);
        assertTrue(r.withinWindow(), r.reason());
        assertEquals(2 * r.rawMs(), r.correctedMs(), 1e-9);
        assertTrue(r.rawMs() < 0.5 * budget + 1e-9);
        CorrectedPrediction cp = p.predict(r.model());
        assertEquals(cp.band(), r.band());
    }

    @Test
    void unreachableBudgetReturnsTheMostPrunedModelWithAReason() {
        BudgetSearch s = new BudgetSearch(vgg, ChannelImportance.random(vgg, 1));
        BudgetSearch.Result r = s.search(0.05, raw); // 13 layers × 0.01 ms overhead alone exceed it
        assertEquals(BudgetSearch.Outcome.UNREACHABLE, r.outcome());
        assertFalse(r.withinWindow());
        assertEquals(0.96, r.ratio(), 0);
        assertEquals(2, r.steps());
        assertTrue(r.reason().contains("unreachable") && r.reason().contains("0.96"), r.reason());
    }

    @Test
    void budgetAboveTheFullModelKeepsItUnpruned() {
        BudgetSearch s = new BudgetSearch(vgg, ChannelImportance.random(vgg, 1));
        double full = raw.applyAsDouble(vgg);
        BudgetSearch.Result r = s.search(2 * full, raw);
        assertEquals(BudgetSearch.Outcome.FULL_MODEL, r.outcome());
        assertEquals(vgg.widths(), r.widths());
        assertEquals(1.0, r.keptRatio(), 0);
        assertEquals(1, r.steps());
        assertTrue(r.reason().contains("full model"), r.reason());
        assertEquals(BudgetSearch.Outcome.IN_WINDOW, s.search(full / 0.98, raw).outcome());
    }

    @Test
    void paperResolutionMayMissTheWindowAndSaysSo() {
        BudgetSearch fine = new BudgetSearch(vgg, ChannelImportance.uniform());
        BudgetSearch coarse = new BudgetSearch(vgg, ChannelImportance.uniform(), BudgetSearch.Options.evolp());
        double full = raw.applyAsDouble(vgg);
        int missed = 0;
        for (int pct = 20; pct <= 90; pct += 1) {
            double budget = full * pct / 100;
            BudgetSearch.Result c = coarse.search(budget, raw);
            assertTrue(c.correctedMs() <= budget, "never above the budget");
            assertTrue(c.steps() <= 2 + 6, "a 0.02 bracket needs at most 6 bisections, took " + (c.steps() - 2));
            if (c.outcome() == BudgetSearch.Outcome.BELOW_WINDOW) {
                missed++;
                assertFalse(c.withinWindow());
                assertTrue(c.reason().contains("closest under the budget"), c.reason());
            }
            assertTrue(fine.search(budget, raw).withinWindow(), pct + "%");
        }
        assertTrue(missed > 0, "the 0.02 bracket jumps over the 3% window for some budgets");
    }

    @Test
    void uniformModeScalesEveryLayerByOneMultiplier() {
        BudgetSearch s = new BudgetSearch(vgg, ChannelImportance.uniform());
        assertEquals("uniform", s.mode());
        List<Integer> w = s.modelAt(0.5).widths();
        for (int i = 0; i < 13; i++) assertEquals(Math.round(vgg.widths().get(i) * 0.5), (long) w.get(i));
        assertEquals(List.of(3, 3, 5, 5, 10, 10, 10, 20, 20, 20, 20, 20, 20), s.modelAt(0.96).widths());
    }

    @Test
    void uniformExplicitListFollowsMatchingChannelsOnly() {
        List<LayerConfig> convs = new ArrayList<>();
        convs.add(LayerConfig.of(32, 3, 32, 3, 1, 1, 1));     // 0: stem
        convs.add(LayerConfig.of(32, 32, 32, 3, 1, 1, 32));   // 1: depthwise: follows conv 0
        convs.add(LayerConfig.of(32, 32, 64, 1, 1, 0, 1));    // 2: pointwise: cin follows
        convs.add(LayerConfig.of(32, 48, 40, 1, 1, 0, 1));    // 3: cin 48 ≠ 64: an unconnected branch
        convs.add(LayerConfig.of(32, 40, 80, 3, 1, 1, 4));    // 4: grouped: keeps 40→80, conv 3 keeps cout 40
        convs.add(LayerConfig.of(32, 80, 10, 1, 1, 0, 1));    // 5: follows the grouped conv's unchanged 80
        ModelSpec net = ModelSpec.explicit("branchy", convs);
        BudgetSearch s = new BudgetSearch(net, ChannelImportance.uniform());
        ModelSpec half = s.modelAt(0.5);
        assertNull(half.arch());
        assertEquals("branchy", half.family());
        List<LayerConfig> h = half.convs();
        assertEquals(3, h.get(0).cin());
        assertEquals(16, h.get(0).cout());
        assertEquals(16, h.get(1).cin());
        assertEquals(16, h.get(1).cout());
        assertEquals(16, h.get(1).groups());
        assertEquals(16, h.get(2).cin());
        assertEquals(32, h.get(2).cout());
        assertEquals(48, h.get(3).cin());
        assertEquals(40, h.get(3).cout());
        assertEquals(40, h.get(4).cin());
        assertEquals(80, h.get(4).cout());
        assertEquals(4, h.get(4).groups());
        assertEquals(80, h.get(5).cin());
        assertEquals(5, h.get(5).cout());
        BudgetSearch.Result r = s.search(0.7 * raw.applyAsDouble(net), raw);
        assertEquals(List.of(r.model().convs().stream().map(LayerConfig::cout).toArray()), List.of(r.widths().toArray()));
        assertThrows(IllegalArgumentException.class,
                () -> new BudgetSearch(net, ChannelImportance.random(vgg, 1)));
    }

    @Test
    void importanceOfAnotherArchitectureIsRefused() {
        ModelSpec mobile = Zoo.model("mobilenetv1", null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BudgetSearch(mobile, ChannelImportance.random(vgg, 1)));
        assertTrue(e.getMessage().contains("vgg16") && e.getMessage().contains("mobilenetv1"), e.getMessage());
    }
}
