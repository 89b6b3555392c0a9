package io.evolp.analysis;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeySummariesTest {

    @Test
    void summarisesEachKeyInNumericOrderWithPercentilesByHand() {
        LayerDataset.Builder b = LayerDataset.builder("d");
        // Key 112 (label-sorted it would come first): one row.
        b.add(new LayerConfig(112, 3, 8, 3, 3, 2, 2, 1, 1, false, 1), 7.0);
        // Key 7: ten rows, latencies 1..10 ms, channels 1..10 in and 2·(1..10) out.
        for (int i = 1; i <= 10; i++) b.add(new LayerConfig(7, i, 2 * i, 1, 1, 1, 1, 0, 0, false, 1), 11 - i);
        Table t = KeySummaries.of(b.build(), ProgressMonitor.NONE);
        assertEquals(List.of(KeySummaries.COLUMNS), t.columnNames());
        assertEquals(List.of("7/k1x1/s1x1/p0x0/dense", "112/k3x3/s2x2/p1x1/dense"), t.stringColumn("key").asList());
        List<KeyStats> s = KeySummaries.stats(t);
        KeyStats k7 = s.get(0);
        assertEquals(10, k7.n());
        assertEquals(1, k7.cinMin());
        assertEquals(10, k7.cinMax());
        assertEquals(2, k7.coutMin());
        assertEquals(20, k7.coutMax());
        // Position p·(n+1)/100: p10 at 1.1 → 1 + 0.1·(2 − 1); p90 at 9.9 → 9 + 0.9·(10 − 9); median (5 + 6) / 2.
        assertEquals(1.0, k7.latencyMin(), 1e-12);
        assertEquals(1.1, k7.latencyP10(), 1e-12);
        assertEquals(5.5, k7.latencyMedian(), 1e-12);
        assertEquals(9.9, k7.latencyP90(), 1e-12);
        assertEquals(10.0, k7.latencyMax(), 1e-12);
        // MACs = 7·7 output pixels · cout · cin: 49·2·1 = 98 up to 49·20·10 = 9800.
        assertEquals(98, k7.macsMin());
        assertEquals(9800, k7.macsMax());
        KeyStats k112 = s.get(1);
        assertEquals(1, k112.n());
        assertEquals(7.0, k112.latencyP10(), 1e-12);
        assertEquals(7.0, k112.latencyP90(), 1e-12);
        // 56·56 output pixels · 8 · 3 · 3·3 = 677,376.
        assertEquals(56L * 56 * 8 * 3 * 9, k112.macsMin());
    }

    @Test
    void anEmptyDatasetHasNoKeys() {
        Table t = KeySummaries.of(LayerDataset.builder("d").build(), ProgressMonitor.NONE);
        assertEquals(0, t.rowCount());
        assertEquals(List.of(KeySummaries.COLUMNS), t.columnNames());
        assertEquals(List.of(), KeySummaries.stats(t));
    }
}
