package io.evolp.io;

import io.evolp.core.LayerDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark file is valid, realistic in shape and reproducible (timing itself is not tested). */
class SyntheticDatasetsTest {

    @Test
    void generatedFileIsValidAndReproducible(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        SyntheticDatasets.generateFile(a, 5000, 42);
        SyntheticDatasets.generateFile(b, 5000, 42);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        DatasetLoadResult r = DatasetCsvReader.read(a, null);
        assertFalse(r.hasProblems(), () -> r.problems().toString());
        LayerDataset ds = r.dataset();
        assertEquals(5000, ds.size());
        assertTrue(ds.rowsByKey().size() >= 15, "covers many configuration keys");
        int depthwise = 0;
        for (int i = 0; i < ds.size(); i++) {
            assertTrue(ds.latency(i) > 0.02 && ds.latency(i) < 1000);
            if (ds.config(i).depthwise()) depthwise++;
        }
        assertTrue(depthwise > 100 && depthwise < 2500, "some depthwise rows: " + depthwise);
        assertTrue(DatasetCsvLoadTiming.medianLoadMillis(a, 0, 1) >= 0);
    }
}
