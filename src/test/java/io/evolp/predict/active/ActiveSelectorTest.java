package io.evolp.predict.active;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActiveSelectorTest {

    private static List<LayerConfig> pool() {
        List<LayerConfig> out = new ArrayList<>();
        // key A is crowded (many rows), key B and C have a few: coverage must still reach B and C
        for (int c = 16; c <= 512; c += 4) out.add(LayerConfig.of(28, c, c, 3, 1, 1, 1));
        for (int c = 16; c <= 64; c += 16) out.add(LayerConfig.of(7, c, 2 * c, 1, 1, 0, 1));
        out.add(LayerConfig.of(14, 30, 30, 3, 2, 1, 1));
        return out;
    }

    @Test
    void picksAreSharedOverFamiliesInProportionToTheRootOfTheirLayers() {
        List<LayerConfig> pool = pool();  // 125 + 4 + 1 layers in three families: shares 11.2 : 2 : 1
        for (int n : new int[]{3, 14, 26, 130}) {
            int[] picks = ActiveSelector.select(pool, List.of(), n, null, null, 1);
            java.util.Map<String, Integer> got = new java.util.HashMap<>(), size = new java.util.HashMap<>();
            for (LayerConfig c : pool) size.merge(ActiveSelector.family(c), 1, Integer::sum);
            for (int p : picks) got.merge(ActiveSelector.family(pool.get(p)), 1, Integer::sum);
            double roots = size.values().stream().mapToDouble(Math::sqrt).sum();
            for (var e : size.entrySet()) {
                double share = Math.min(e.getValue(), n * Math.sqrt(e.getValue()) / roots);
                if (n == pool.size()) share = e.getValue();   // everything picked
                int have = got.getOrDefault(e.getKey(), 0);
                assertTrue(Math.abs(have - share) <= 1, n + " picks: family " + e.getKey() + " got " + have + ", its share is " + share);
            }
        }
    }

    @Test
    void withASourcePicksCycleThroughBandsOfPredictedLatency() {
        List<LayerConfig> pool = pool().subList(0, 125);  // one family; the source's latency grows with channels
        LatencyPredictor src = new LatencyPredictor() {
            public String kind() { return "test"; }
            public String device() { return "src"; }
            public double predictLayer(LayerConfig c) { return 1e-6 * c.macs() + 0.01; }
            public boolean covers(ConfigKey k) { return true; }
        };
        double[][] z = new double[pool.size()][];
        for (int i = 0; i < z.length; i++) z[i] = ActiveSelector.coords(pool.get(i), src);
        int[] band = ActiveSelector.bands(z, ActiveSelector.STRATA);
        for (long seed = 1; seed <= 3; seed++) {
            Set<Integer> bands = new HashSet<>();
            for (int p : ActiveSelector.select(pool, List.of(), ActiveSelector.STRATA, src, null, seed)) bands.add(band[p]);
            assertEquals(ActiveSelector.STRATA, bands.size(), "seed " + seed);
        }
    }

    @Test
    void withinAKeyPicksSpreadOverTheChannelRangeAndAvoidMeasuredRows() {
        List<LayerConfig> pool = pool().subList(0, 125); // key A only
        List<LayerConfig> measured = List.of(pool.get(0));
        int[] picks = ActiveSelector.select(pool, measured, 2, null, null, 1);
        int first = pool.get(picks[0]).cin();
        assertTrue(first > 400, "the farthest from the measured 16-channel row, was " + first);
        int second = pool.get(picks[1]).cin();
        assertTrue(second > 40 && second < 300, "between the two, was " + second);
    }

    @Test
    void disagreementPullsPicksTowardsUnsureLayersButCannotTakeThemAnywhere() {
        List<LayerConfig> pool = pool().subList(0, 125);  // channels 16 … 512
        List<LayerConfig> ends = List.of(pool.get(0), pool.get(124));
        int plain = ActiveSelector.select(pool, ends, 1, null, null, 1)[0];
        assertTrue(Math.abs(pool.get(plain).cin() - 90) <= 8, "the geometric middle, was " + pool.get(plain).cin());
        double[] spread = new double[pool.size()];
        spread[25] = 50;  // the models disagree about a layer near the middle (116 channels)
        assertEquals(25, ActiveSelector.select(pool, ends, 1, null, spread, 1)[0]);
        spread = new double[pool.size()];
        spread[110] = 50;  // … or wildly about one next to a measured row (456 channels, 512 measured)
        assertEquals(plain, ActiveSelector.select(pool, ends, 1, null, spread, 1)[0]);
    }

    @Test
    void activeOrderIsSeededAndGivesTheBigFamilyMostRows() {
        LayerDataset.Builder b = LayerDataset.builder("t");
        for (LayerConfig c : pool()) b.add(c, 1e-8 * c.macs() + 0.01);
        LayerDataset data = b.build();
        LatencyPredictor src = Predictors.train("gbt", data, TrainOptions.defaults(), ProgressMonitor.NONE);
        int[] a = ActiveOrder.of(data, 25, src, 3, ProgressMonitor.NONE);
        assertArrayEquals(a, ActiveOrder.of(data, 25, src, 3, ProgressMonitor.NONE));
        assertEquals(25, new HashSet<>(java.util.Arrays.stream(a).boxed().toList()).size());
        long big = java.util.Arrays.stream(a).filter(i -> data.config(i).inputSize() == 28).count();
        assertTrue(big >= 18 && big <= 21, "the 125-layer family's share of 25 rows is 19.7, got " + big);
    }
}
