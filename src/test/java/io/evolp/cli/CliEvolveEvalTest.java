package io.evolp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.cli.CliEndToEndTest.Run;
import io.evolp.io.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static io.evolp.cli.CliEndToEndTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code evolp evolve-eval} on a real measured sample: trained on the CPU layer data, judged on real whole models. */
class CliEvolveEvalTest {

    @TempDir
    static Path dir;

    static final String MEASURED = "sample-data/measured/resnet50-random-local-cpu.jsonl";

    @BeforeAll
    static void train() {
        Run t = run("train", "--data", "sample-data/measured/resnet50-local-cpu.csv", "--predictor", "flops",
                "--out", dir.resolve("p.json").toString());
        assertEquals(0, t.code(), t.err());
    }

    @Test
    void jsonHasEveryKindAtEveryKWithCoverageForCorrections() throws Exception {
        Run r = run("evolve-eval", "--predictor", dir.resolve("p.json").toString(), "--measured", MEASURED,
                "--draws", "4", "--max-k", "3", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode o = Json.mapper().readTree(r.out());
        assertEquals(20, o.path("families").path("resnet50").asInt());
        assertEquals(5 * 4, o.path("results").size(), "none + 4 kinds, k = 0..3");
        for (JsonNode c : o.path("results")) {
            assertTrue(c.path("mape").path("median").asDouble() > 0);
            assertEquals(!c.path("correction").asText().equals("none"), c.has("coverage90"), c.toString());
        }
    }

    @Test
    void textNamesTheColumnsAndBadInputIsOneLine() throws Exception {
        Run r = run("evolve-eval", "--predictor", dir.resolve("p.json").toString(), "--measured", MEASURED,
                "--draws", "2", "--max-k", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("90% band coverage") && r.out().contains("shrink"), r.out());
        Path noLatency = dir.resolve("plain.jsonl");
        Files.writeString(noLatency, "{\"arch\":\"resnet50\"}\n{\"arch\":\"resnet50\"}\n");
        Run bad = run("evolve-eval", "--predictor", dir.resolve("p.json").toString(), "--measured", noLatency.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("plain.jsonl") && bad.err().contains("latency_ms"), bad.err());
        assertFalse(bad.err().contains("Exception"), bad.err());
    }

    /** The help promises sd_ms / noise_sd_ms / iqr_ms per line: the strict model reader must take them. */
    @Test
    void measurementNoiseFieldsAreReadAndATypoIsStillRefused() throws Exception {
        StringBuilder lines = new StringBuilder();
        String[] field = {"iqr_ms", "sd_ms", "noise_sd_ms"};
        int i = 0;
        for (String line : Files.readAllLines(Path.of(MEASURED))) {
            if (line.isBlank()) continue;
            lines.append(line, 0, line.lastIndexOf('}')).append(",\"").append(field[i++ % 3]).append("\":0.2}\n");
        }
        Path withNoise = dir.resolve("noise.jsonl");
        Files.writeString(withNoise, lines);
        Run r = run("evolve-eval", "--predictor", dir.resolve("p.json").toString(), "--measured", withNoise.toString(),
                "--draws", "2", "--max-k", "1", "--json");
        assertEquals(0, r.code(), r.err());
        Path typo = dir.resolve("typo.jsonl");
        Files.writeString(typo, lines.toString().replace("iqr_ms", "iqr_mss"));
        Run bad = run("evolve-eval", "--predictor", dir.resolve("p.json").toString(), "--measured", typo.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("typo.jsonl") && bad.err().contains("iqr_mss"), bad.err());
    }
}
