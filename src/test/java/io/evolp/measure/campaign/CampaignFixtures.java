package io.evolp.measure.campaign;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetLoadResult;
import io.evolp.task.ProgressMonitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Plans, file checks and a recording sleeper shared by the campaign tests. */
final class CampaignFixtures {

    private CampaignFixtures() {
    }

    /** {@code n} distinct small layers (dense and depthwise), then the first one again (a duplicate). */
    static List<LayerConfig> plan(int n) {
        List<LayerConfig> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int c = 4 + 4 * (i / 2);
            rows.add(i % 3 == 2 ? LayerConfig.of(28, c, c, 3, 1, 1, c) : LayerConfig.of(28, c, c + 4, 1 + 2 * (i % 2), 1, i % 2, 1));
        }
        rows.add(rows.get(0));
        return rows;
    }

    static LayerDataset readClean(Path csv) throws IOException {
        DatasetLoadResult r = DatasetCsvReader.read(csv, null);
        assertFalse(r.hasProblems(), () -> "problems: " + r.problems());
        return r.dataset();
    }

    /** Multiset of the dataset's configurations. */
    static Map<LayerConfig, Integer> counts(List<LayerConfig> rows) {
        Map<LayerConfig, Integer> m = new HashMap<>();
        rows.forEach(c -> m.merge(c, 1, Integer::sum));
        return m;
    }

    static List<LayerConfig> configs(LayerDataset ds) {
        List<LayerConfig> out = new ArrayList<>();
        for (int i = 0; i < ds.size(); i++) out.add(ds.config(i));
        return out;
    }

    static void assertSameRows(List<LayerConfig> plan, LayerDataset ds) {
        assertEquals(plan.size(), ds.size(), "rows");
        assertEquals(counts(plan), counts(configs(ds)), "every plan row exactly as often as planned");
    }

    static List<String> lines(Path p) throws IOException {
        return Files.readAllLines(p);
    }

    /** A monitor the test cancels. */
    static final class Cancel implements ProgressMonitor {
        volatile boolean cancelled;
        @Override public void progress(long done, long total, String message) { }
        @Override public boolean isCancelled() { return cancelled; }
    }

    /** Records the waits it was asked for instead of sleeping. */
    static final class RecordingSleeper implements Sleeper {
        final List<Duration> waits = new ArrayList<>();
        @Override public void sleep(Duration d, ProgressMonitor pm) {
            pm.checkCancelled();
            waits.add(d);
        }
    }
}
