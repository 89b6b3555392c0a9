package io.evolp.io;

import io.evolp.core.InvalidInputException;
import io.evolp.core.ModelSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The noise read next to measured models, and `measure-model --json` output read as a model file. */
class ModelSpreadsTest {

    @TempDir
    Path dir;

    /** One line as `evolp measure-model --json` writes it (sample-data/measured/*.raw.jsonl). */
    private static final String MEASURE_MODEL_LINE = "{\"name\":\"vgg16\",\"arch\":\"vgg16\",\"widths\":"
            + "[17,60,82,95,81,152,227,160,266,394,420,337,380],\"latency_ms\":57.73,\"spread_ms\":2.29,"
            + "\"count\":30,\"timestamp\":\"2026-11-26T14:18:16.745Z\",\"source\":\"local\",\"simulated\":false,"
            + "\"note\":\"ORT\",\"min_ms\":56.91,\"q1_ms\":57.40,\"q3_ms\":58.49,\"max_ms\":59.20,\"iqr_ms\":1.0922,"
            + "\"round_medians_ms\":[58.52,57.67,57.63],\"facts\":{\"ort_version\":\"1.28.0\"}}";

    private Path write(String... lines) throws IOException {
        Path f = dir.resolve("m.jsonl");
        Files.writeString(f, String.join("\n", lines) + "\n");
        return f;
    }

    @Test
    void measureModelOutputIsAMeasuredModelFile() throws IOException {
        Path f = write(MEASURE_MODEL_LINE, MEASURE_MODEL_LINE);
        List<ModelSpec> models = ModelJson.read(f);
        assertEquals(2, models.size());
        assertEquals(57.73, models.get(0).latencyMs(), 1e-9);
        double[] sds = ModelSpreads.read(f);
        // round medians sd 0.503 < IQR/1.349 = 0.810: the runs' spread is the larger here
        assertEquals(1.0922 / 1.349, sds[0], 1e-9);
    }

    @Test
    void roundsThatDisagreeOutweighANarrowIqr() throws IOException {
        // each session quiet (IQR 0.5 ms), the sessions 17 % apart: the noise is the sessions'
        double sd = ModelSpreads.read(write("{\"arch\":\"vgg16\",\"latency_ms\":50,\"iqr_ms\":0.5,"
                + "\"round_medians_ms\":[45,50,54]}"))[0];
        assertEquals(4.5092, sd, 1e-3);
    }

    @Test
    void statedSdWinsAndRunsGiveAnIqr() throws IOException {
        double[] sds = ModelSpreads.read(write(
                "{\"arch\":\"vgg16\",\"latency_ms\":50,\"sd_ms\":2,\"iqr_ms\":9,\"round_medians_ms\":[1,90]}",
                "{\"arch\":\"vgg16\",\"latency_ms\":50,\"runs_ms\":[48,49,50,51,52]}"));
        assertEquals(2, sds[0], 1e-12);
        assertEquals(2 / 1.349, sds[1], 1e-12); // IQR of 48..52 is 51 − 49
    }

    @Test
    void aRangeAloneCountsByTheNumberOfRuns() throws IOException {
        double[] sds = ModelSpreads.read(write(
                "{\"arch\":\"vgg16\",\"latency_ms\":50,\"spread_ms\":4.086,\"count\":30}",
                "{\"arch\":\"vgg16\",\"latency_ms\":50,\"spread_ms\":4}",
                "{\"arch\":\"vgg16\",\"latency_ms\":50}"));
        assertEquals(1.0, sds[0], 1e-9);
        assertTrue(Double.isNaN(sds[1]), "a range of an unknown number of runs says nothing");
        assertTrue(Double.isNaN(sds[2]));
    }

    @Test
    void expectedRangeFollowsTheTableAndGrowsBeyondIt() {
        assertEquals(1.128, ModelSpreads.expectedRange(2), 1e-12);
        assertEquals(4.086, ModelSpreads.expectedRange(30), 1e-12);
        double r40 = ModelSpreads.expectedRange(40);
        assertTrue(r40 > 4.086 && r40 < 4.498, "between n = 30 and 50: " + r40);
        assertTrue(ModelSpreads.expectedRange(5000) > 6.483);
    }

    @Test
    void aMisspelledFieldIsStillRefused() throws IOException {
        Path f = write("{\"arch\":\"vgg16\",\"latncy_ms\":50}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ModelJson.read(f));
        assertTrue(e.getMessage().contains("latncy_ms"), e.getMessage());
    }
}
