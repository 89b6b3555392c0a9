package io.evolp.predict.active;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    void everyKeyIsReachedEarlyAndTheCrowdedKeyGetsMostPicks() {
        List<LayerConfig> pool = pool();  // 125 + 4 + 1 layers of three keys
        for (long seed = 1; seed <= 3; seed++) {
            int[] picks = ActiveSelector.select(pool, List.of(), 14, null, null, seed);
            Map<String, Integer> got = new HashMap<>();
            for (int p : picks) got.merge(pool.get(p).key().label(), 1, Integer::sum);
            assertEquals(3, got.size(), "seed " + seed + ": 14 picks reach every key, got " + got);
            int crowded = got.get(pool.get(0).key().label());
            assertTrue(crowded >= 7, "seed " + seed + ": the 125-layer key gets most of 14 picks, got " + got);
        }
        int[] all = ActiveSelector.select(pool, List.of(), pool.size() + 5, null, null, 1);
        assertEquals(pool.size(), new HashSet<>(Arrays.stream(all).boxed().toList()).size(), "asking for more than the pool gives it all, once");
    }

    @Test
    void theFirstPickIsTheMostCentralLayerNotARandomOne() {
        List<LayerConfig> pool = pool().subList(0, 125);  // one family, channels 16 … 512 in steps of 4
        Set<Integer> firsts = new HashSet<>();
        for (long seed = 1; seed <= 5; seed++) {
            int first = pool.get(ActiveSelector.select(pool, List.of(), 1, null, null, seed)[0]).cin();
            assertTrue(first >= 128 && first <= 400, "seed " + seed + ": a central layer (log median 264), was " + first);
            firsts.add(first);
        }
        assertEquals(1, firsts.size(), "the same central layer whatever the seed, were " + firsts);
    }

    @Test
    void aDenseClusterIsCoveredFirstThenEachFarOutlierOnce() {
        List<LayerConfig> pool = new ArrayList<>();
        for (int c = 64; c < 192; c += 4) {  // channels multiples of 4: cluster and outliers differ only in size
            for (int d = 0; d < 128; d += 32) pool.add(LayerConfig.of(28, c, c + d, 3, 1, 1, 1));
        }
        int cluster = pool.size();  // 128 ordinary layers, then 4 far outliers
        for (int[] o : new int[][]{{4, 4}, {4, 2048}, {2048, 4}, {2048, 2048}}) pool.add(LayerConfig.of(28, o[0], o[1], 3, 1, 1, 1));
        for (long seed = 1; seed <= 3; seed++) {
            int[] picks = ActiveSelector.select(pool, List.of(), 12, null, null, seed);
            for (int p = 0; p < 3; p++) {
                assertTrue(picks[p] < cluster, "seed " + seed + ": pick " + (p + 1) + " is a cluster layer, was " + pool.get(picks[p]));
            }
            // an outlier far out (the transfer learns how the ratio moves with size from it) is worth one
            // pick once the cluster is roughly covered, not before and not a second one nearby
            long outliers = Arrays.stream(picks).filter(p -> p >= cluster).count();
            assertEquals(4, outliers, "seed " + seed + ": each of the 4 far outliers once among 12 picks");
        }
    }

    @Test
    void picksKeepAwayFromMeasuredRows() {
        List<LayerConfig> pool = pool().subList(0, 125);  // key A only
        int alone = pool.get(ActiveSelector.select(pool, List.of(), 1, null, null, 1)[0]).cin();
        List<LayerConfig> measured = List.of(LayerConfig.of(28, alone, alone, 3, 1, 1, 1));
        int[] picks = ActiveSelector.select(pool, measured, 2, null, null, 1);
        for (int p : picks) {
            int c = pool.get(p).cin();
            assertTrue(Math.abs(c - alone) > 40, "a pick next to the measured " + alone + "-channel row: " + c);
        }
        int lo = Math.min(pool.get(picks[0]).cin(), pool.get(picks[1]).cin());
        int hi = Math.max(pool.get(picks[0]).cin(), pool.get(picks[1]).cin());
        assertTrue(lo < alone && hi > alone, "one pick on each side of the measured row, were " + lo + " and " + hi);
    }

    @Test
    void disagreementPullsPicksTowardsUnsureRegionsButOneWildLayerCannotTakeThem() {
        List<LayerConfig> pool = pool().subList(0, 125);  // channels 16 … 512
        List<LayerConfig> ends = List.of(pool.get(0), pool.get(124));
        int plain = ActiveSelector.select(pool, ends, 1, null, null, 1)[0];
        double[] spread = new double[pool.size()];
        for (int i = 0; i < 30; i++) spread[i] = 5;  // the models disagree about the small layers (16 … 132 channels)
        int pulled = ActiveSelector.select(pool, ends, 1, null, spread, 1)[0];
        assertTrue(pool.get(pulled).cin() < pool.get(plain).cin(), "towards the small layers: " + pool.get(pulled).cin()
                + " vs " + pool.get(plain).cin() + " without disagreement");
        spread = new double[pool.size()];
        spread[122] = 50;  // … or wildly about one layer next to a measured row
        int wild = ActiveSelector.select(pool, ends, 1, null, spread, 1)[0];
        assertTrue(Math.abs(wild - plain) <= 2, "the pick stays where it was (a neighbour at most): " + pool.get(wild).cin()
                + " vs " + pool.get(plain).cin());
    }

    @Test
    void activeOrderIsSeededAndGivesTheBigFamilyMostRows() {
        LayerDataset.Builder b = LayerDataset.builder("t");
        for (LayerConfig c : pool()) b.add(c, 1e-8 * c.macs() + 0.01);
        LayerDataset data = b.build();
        LatencyPredictor src = Predictors.train("gbt", data, TrainOptions.defaults(), ProgressMonitor.NONE);
        int[] a = ActiveOrder.of(data, 25, src, 3, ProgressMonitor.NONE);
        assertArrayEquals(a, ActiveOrder.of(data, 25, src, 3, ProgressMonitor.NONE));
        assertEquals(25, new HashSet<>(Arrays.stream(a).boxed().toList()).size());
        long big = Arrays.stream(a).filter(i -> data.config(i).inputSize() == 28).count();
        assertTrue(big >= 18, "the 125-layer family's share of 25 rows is at least 18, got " + big);
    }
}
