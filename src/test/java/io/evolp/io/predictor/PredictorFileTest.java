package io.evolp.io.predictor;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The predictor file DTO on its own: JSON names, left-out fields, strict reading. */
class PredictorFileTest {

    @TempDir
    Path dir;

    private static PredictorFile flops() {
        return PredictorFile.header(2, "flops", "tx2").withLine(new PredictorFile.MacLine(1e-9, 0.01, 0.002, 40));
    }

    @Test
    void headerComesFirstAndAbsentFieldsAreLeftOut() throws Exception {
        String json = Json.mapper().writeValueAsString(flops());
        assertEquals("{\"format\":2,\"kind\":\"flops\",\"device\":\"tx2\",\"a\":1.0E-9,\"b\":0.01,\"floor\":0.002,\"samples\":40}", json);
    }

    @Test
    void snakeCaseNamesAreKept() throws Exception {
        PredictorFile.Trees t = new PredictorFile.Trees(List.of("cin"), 2, "log_latency_ms", List.of("k3"), 0.5,
                List.of(new PredictorFile.Tree(List.of(-1), List.of(0.1), List.of(-1))));
        String json = Json.mapper().writeValueAsString(PredictorFile.header(2, "gbt", "d").withTrees(t));
        assertTrue(json.contains("\"feature_version\":2") && json.contains("\"seen_keys\":[\"k3\"]"), json);
        PredictorFile.KeyEntry k = new PredictorFile.KeyEntry("k", "mlp", null, null, null, true, List.of(1.0, 2.0),
                List.of(1.0, 2.0), List.of(0.5, 0.6), List.of(0.0), null, 3, 1e-4);
        assertTrue(Json.mapper().writeValueAsString(k).contains("\"validation_mse\":1.0E-4"));
    }

    @Test
    void writeThenReadIsEqual() throws Exception {
        Path file = dir.resolve("f.json");
        PredictorFiles.write(file, flops());
        assertEquals(flops(), PredictorFiles.read(file, f -> f));
    }

    @Test
    void unknownFieldsAndBadNumbersAreRefusedWithLineAndColumn() throws Exception {
        Path file = dir.resolve("typo.json");
        Files.writeString(file, "{\"format\": 2, \"kind\": \"flops\", \"device\": \"d\",\n \"a\": 1, \"b\": 0, \"flor\": 1}");
        InputProblem p = assertThrows(InvalidInputException.class, () -> PredictorFiles.read(file, f -> f)).problems().get(0);
        assertEquals(2, p.line());
        assertTrue(p.message().contains("did you mean 'floor'"), p.message());
        Files.writeString(file, "{\"format\": 2, \"kind\": \"flops\", \"device\": \"d\",\n \"a\": -1, \"b\": 0, \"floor\": 1}");
        p = assertThrows(InvalidInputException.class, () -> PredictorFiles.read(file, f -> f)).problems().get(0);
        assertEquals(2, p.line());
        assertEquals(7, p.column());
    }
}
