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
    void everyKeyIsCoveredBeforeAnyKeyGetsASecondRow() {
        List<LayerConfig> pool = pool();
        int[] picks = ActiveSelector.select(pool, List.of(), 3, null, null, 1);
        Set<ConfigKey> keys = new HashSet<>();
        for (int p : picks) keys.add(pool.get(p).key());
        assertEquals(3, keys.size());
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
    void disagreementPullsPicksTowardsUnsureLayers() {
        List<LayerConfig> pool = pool().subList(0, 125);
        double[] spread = new double[pool.size()];
        spread[60] = 50; // the models disagree wildly about one middle layer
        int[] picks = ActiveSelector.select(pool, List.of(pool.get(0), pool.get(124)), 1, null, spread, 1);
        assertEquals(60, picks[0]);
    }

    @Test
    void activeOrderIsSeededAndCoversKeysFirst() {
        LayerDataset.Builder b = LayerDataset.builder("t");
        for (LayerConfig c : pool()) b.add(c, 1e-8 * c.macs() + 0.01);
        LayerDataset data = b.build();
        LatencyPredictor src = Predictors.train("gbt", data, TrainOptions.defaults(), ProgressMonitor.NONE);
        int[] a = ActiveOrder.of(data, 25, src, 3, ProgressMonitor.NONE);
        assertArrayEquals(a, ActiveOrder.of(data, 25, src, 3, ProgressMonitor.NONE));
        assertEquals(25, new HashSet<>(java.util.Arrays.stream(a).boxed().toList()).size());
        Set<ConfigKey> firstThree = new HashSet<>();
        for (int i = 0; i < 3; i++) firstThree.add(data.key(a[i]));
        assertEquals(3, firstThree.size());
    }
}
