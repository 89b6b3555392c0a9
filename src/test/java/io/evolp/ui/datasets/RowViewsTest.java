package io.evolp.ui.datasets;

import io.evolp.core.LayerDataset;
import io.evolp.io.SyntheticDatasets;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filtering and the packed-rank sort agree with plain comparator sorts (no FX needed). */
class RowViewsTest {

    private final LayerDataset data = SyntheticDatasets.generate(20_000, 7);
    private final DatasetIndex ix = DatasetIndex.build(data, ProgressMonitor.NONE);
    private final List<RowColumn> cols = RowColumn.forIndex(ix);

    @Test
    void everyColumnSortsLikeAStableComparatorSortBothWays() {
        int[] all = IntStream.range(0, data.size()).toArray();
        for (RowColumn c : cols) {
            long[] keys = c.sortKeys(ix, all);
            for (boolean asc : new boolean[]{true, false}) {
                Comparator<Integer> byKey = Comparator.comparingLong(r -> keys[r]);
                if (!asc) byKey = byKey.reversed();
                int[] expected = IntStream.range(0, data.size()).boxed().sorted(byKey.thenComparingInt(r -> r))
                        .mapToInt(Integer::intValue).toArray();
                assertArrayEquals(expected, RowViews.sort(ix, c, asc, all, ProgressMonitor.NONE), c.header() + " asc=" + asc);
            }
        }
    }

    @Test
    void latencySortPutsTheMinimumFirstAndKeySortIsNumeric() {
        RowColumn latency = cols.stream().filter(c -> c.header().equals("latency (ms)")).findFirst().orElseThrow();
        int[] sorted = new RowViews().compute(new RowQuery(ix, cols, -1, "", latency, true), ProgressMonitor.NONE);
        double min = IntStream.range(0, data.size()).mapToDouble(data::latency).min().orElseThrow();
        assertEquals(min, data.latency(sorted[0]));
        RowColumn key = cols.get(1);
        int[] byKey = RowViews.sort(ix, key, true, sorted, ProgressMonitor.NONE);
        // Numeric key order (14 before 112), not the labels' text order.
        for (int i = 1; i < byKey.length; i++) {
            assertTrue(io.evolp.analysis.KeyOrder.NUMERIC.compare(ix.key(byKey[i - 1]), ix.key(byKey[i])) <= 0);
        }
    }

    @Test
    void filtersMatchKeyAndAnyCellText() {
        int k = 0;
        int[] ofKey = new RowViews().compute(new RowQuery(ix, cols, k, "", null, true), ProgressMonitor.NONE);
        assertEquals(ix.keyCount(k), ofKey.length);
        String needle = "k3x3";
        int[] text = RowViews.filter(new RowQuery(ix, cols, -1, needle.toUpperCase(), null, true), ProgressMonitor.NONE);
        int[] expected = IntStream.range(0, data.size())
                .filter(r -> cols.stream().anyMatch(c -> c.text(ix, r).toLowerCase().contains(needle))).toArray();
        assertArrayEquals(expected, text);
        String latencyText = Formats.ms(data.latency(123));
        int[] byLatency = RowViews.filter(new RowQuery(ix, cols, -1, latencyText, null, true), ProgressMonitor.NONE);
        assertTrue(IntStream.of(byLatency).anyMatch(r -> r == 123));
    }

    @Test
    void subsampleIsSeededAndCapped() {
        int[] rows = IntStream.range(0, 1000).toArray();
        int[] a = ScatterData.subsample(rows, 100, ScatterData.SEED);
        assertArrayEquals(a, ScatterData.subsample(rows, 100, ScatterData.SEED));
        assertEquals(100, IntStream.of(a).distinct().count());
        assertEquals("0.9111", Formats.ms(0.9110689942539357));
        assertEquals("12,345 of 1,000,000 rows", Formats.rowCount(12_345, 1_000_000));
    }
}
