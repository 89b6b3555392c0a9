package io.evolp.io.session;

import io.evolp.core.InvalidInputException;
import io.evolp.io.Json;
import io.evolp.io.RawJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The session file DTO: the model embedded as JSON, explicit nulls, strict top level, located errors. */
class SessionFileTest {

    @TempDir
    Path dir;

    private static SessionFile file() {
        Map<String, Double> corr = new LinkedHashMap<>();
        corr.put("a", 1.1);
        corr.put("residual_se_ms", null);
        SessionFile.Step step = new SessionFile.Step(0, List.of(32, 64), 0.3, 0.7, 10.0, 11.0, null, 12.0, 0.4, 5, "sim",
                true, "", "2026-01-01T00:00:00Z", null, corr, "IN_WINDOW", 4, List.of(List.of(0.3, 11.0)), true,
                "search", 12.0, null, 1, "INSIDE");
        SessionFile.Settings settings = new SessionFile.Settings(new RawJson("{\"arch\":\"vgg16\"}"), "uniform", "uniform",
                40.0, "linear", "simulated:tx2", true, 5, List.of(0.97, 1.0), 0.96, 1e-4, true);
        return new SessionFile(2, settings, List.of(step), new SessionFile.State(true, "CONVERGED", "done"),
                new SessionFile.Result(List.of(32, 64), 11.0, 12.0, true, "CONVERGED", 1, null, "done", 0), null);
    }

    @Test
    void writeThenReadIsEqual() throws Exception {
        Path f = dir.resolve("s.json");
        SessionFiles.write(f, file());
        assertEquals(file(), SessionFiles.read(f, x -> x));
        assertTrue(Files.readString(f).endsWith("}\n"));
    }

    @Test
    void unknownValuesAreExplicitNulls() throws Exception {
        var tree = Json.mapper().valueToTree(file());
        assertTrue(tree.at("/steps/0/band_ms").isNull());
        assertTrue(tree.at("/steps/0/estimate_se_ms").isNull());
        assertTrue(tree.at("/steps/0/correction/residual_se_ms").isNull());
        assertTrue(tree.at("/steps/0").has("measurement_details") == false);
        assertEquals("vgg16", tree.at("/settings/model/arch").textValue(), "the model is embedded as JSON, not as a string");
    }

    @Test
    void unknownTopLevelFieldIsRefusedAtItsLine() throws Exception {
        Path f = dir.resolve("x.json");
        Files.writeString(f, "{\"format\": 2,\n \"setings\": {}}");
        var p = assertThrows(InvalidInputException.class, () -> SessionFiles.read(f, x -> x)).problems().get(0);
        assertEquals(2, p.line());
        assertTrue(p.message().contains("did you mean 'settings'"), p.message());
    }

    @Test
    void wrongTypeIsLocatedByBinding() throws Exception {
        Path f = dir.resolve("t.json");
        Files.writeString(f, "{\"format\": 2,\n \"steps\": [{\"index\": \"first\"}]}");
        var p = assertThrows(InvalidInputException.class, () -> SessionFiles.read(f, x -> x)).problems().get(0);
        assertEquals("/steps/0/index", p.columnName());
        assertEquals(2, p.line());
    }
}
