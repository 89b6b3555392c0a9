package io.evolp.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.io.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import java.util.List;

import static io.evolp.cli.CliEndToEndTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BreakdownOptionTest {

    @TempDir
    static Path dir;
    static Path a, b;

    @BeforeAll
    static void data() throws Exception {
        a = AccuracyCommandTest.dataset(dir, "neta-dev.csv", 1.0);
        b = AccuracyCommandTest.dataset(dir, "netb-dev.csv", 1.5);
    }

    @Test
    void validatePrintsTheErrorPerResidueClass() throws Exception {
        CliEndToEndTest.Run r = run("validate", "--data", a.toString(), "--predictor", "lut",
                "--folds", "4", "--breakdown", "residue");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("error by residue"), r.out());
        // Channels 3, 4, 6, 8, 12, 16, 24, 32 in each key: every class is there, coarsest first.
        int[] at = List.of("cin%32=0", "cin%16=0", "cin%8=0", "cin%4=0", "cin%4!=0").stream()
                .mapToInt(r.out()::indexOf).toArray();
        for (int i = 1; i < at.length; i++) assertTrue(at[i - 1] >= 0 && at[i - 1] < at[i], r.out());
    }

    @Test
    void jsonAddsOneLinePerGroupAndTheCountsAddUp() throws Exception {
        CliEndToEndTest.Run r = run("validate", "--data", a.toString(), "--predictor", "flops,lut",
                "--folds", "4", "--breakdown", "key", "--json");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2 + 2 * 2, lines.size(), r.out()); // one per kind, then kind × key
        JsonNode first = Json.mapper().readTree(lines.get(2));
        assertEquals("key", first.get("breakdown").asText());
        assertEquals("flops", first.get("kind").asText());
        assertEquals("7/k1x1/s1x1/p0x0/dense", first.get("key").asText()); // numeric order: 7 before 14
        assertEquals(8, first.get("n").asInt());
    }

    @Test
    void evaluateBreaksDownByArchitectureAndUnknownValuesAreUsageErrors() throws Exception {
        String model = dir.resolve("lut.json").toString();
        assertEquals(0, run("train", "--data", a.toString(), "--predictor", "lut", "--out", model).code());
        CliEndToEndTest.Run r = run("evaluate", "--predictor", model, "--data", b.toString(),
                "--breakdown", "architecture");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("netb") && r.out().contains("error by architecture"), r.out());
        CliEndToEndTest.Run bad = run("validate", "--data", a.toString(), "--predictor", "lut",
                "--breakdown", "layer");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("'layer' is not a breakdown; choose key, architecture or residue"), bad.err());
    }
}
