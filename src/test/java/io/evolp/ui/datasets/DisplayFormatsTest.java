package io.evolp.ui.datasets;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerDataset;
import io.evolp.io.SyntheticDatasets;
import io.evolp.task.ProgressMonitor;
import io.evolp.analysis.KeyOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Datasets tables show rounded, locale-grouped numbers while the CSV export and the text filter
 * keep the plain form; keys are numbered in numeric order.
 */
class DisplayFormatsTest {

    private Locale saved;

    @BeforeEach
    void english() {
        saved = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, saved);
    }

    @Test
    void numbersAreGroupedAndRoundedForDisplay() {
        assertEquals("115,605,504", Formats.grouped(115_605_504));
        assertEquals("0.0123", Formats.decimal(0.0123456789));
        assertEquals("1,235", Formats.decimal(1234.5678));
        assertEquals("58.09", Formats.decimal(58.0912));
        assertEquals("1,024–115,605,504", Formats.groupedRange("1024–115605504"));
        assertEquals("32", Formats.groupedRange("32"));
        assertEquals("12,345", Formats.extra("12345"));
        assertEquals("0.1235", Formats.extra("0.123456789"));
        assertEquals("gpu-0", Formats.extra("gpu-0"));
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        assertEquals("115.605.504", Formats.grouped(115_605_504));
        assertEquals("58,09", Formats.decimal(58.0912));
    }

    @Test
    void theTableShowsGroupedMacsWhileExportAndFilterKeepThePlainText() {
        LayerDataset data = SyntheticDatasets.generate(200, 3);
        DatasetIndex ix = DatasetIndex.build(data, ProgressMonitor.NONE);
        RowColumn macs = RowColumn.forIndex(ix).stream().filter(c -> c.header().equals("MACs")).findFirst().orElseThrow();
        int big = -1;
        for (int r = 0; r < data.size() && big < 0; r++) if (ix.macs(r) >= 1000) big = r;
        assertEquals(Long.toString(ix.macs(big)), macs.text(ix, big));
        assertEquals(Formats.grouped(ix.macs(big)), macs.display(ix, big));
        assertEquals(true, macs.display(ix, big).contains(","), macs.display(ix, big));
        RowColumn latency = RowColumn.forIndex(ix).stream().filter(c -> c.header().equals("latency (ms)")).findFirst().orElseThrow();
        assertEquals(Formats.ms(data.latency(big)), latency.text(ix, big), "the CSV form is unchanged");
    }

    @Test
    void keyIdsFollowNumericKeyOrder() {
        LayerDataset data = SyntheticDatasets.generate(2_000, 5);
        DatasetIndex ix = DatasetIndex.build(data, ProgressMonitor.NONE);
        List<ConfigKey> sorted = new ArrayList<>(ix.keys());
        sorted.sort(KeyOrder.NUMERIC);
        assertEquals(sorted, ix.keys());
    }
}
