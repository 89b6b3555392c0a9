package io.evolp.workflow.export;

import io.evolp.core.InvalidInputException;
import io.evolp.evolve.Band;
import io.evolp.io.onnx.PrunedLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PruningPlanJsonTest {

    @TempDir
    Path dir;

    static PruningPlan plan() {
        return new PruningPlan("net", "net.onnx", null, "local", "|BN γ|", 20, 19.4, 20, 19.7, new Band(18.5, 21), 19.6,
                "CONVERGED", "in the window", List.of(new PruningPlan.Measurement(0, "search", 0.5, 19.7, 19.6, 0.8, 60, "local", false)),
                List.of(new PrunedLayer(0, "conv_a", 8, 4, 5, List.of(0, 2, 3, 6, 7), List.of(1), "tied"),
                        new PrunedLayer(1, "conv_b", 8, 5, 5, List.of(0, 2, 3, 6, 7), List.of(0), "")),
                List.of("kept whole: reaches graph output"));
    }

    @Test
    void roundTripsEveryField() throws Exception {
        Path f = dir.resolve("plan.json");
        PruningPlanJson.save(plan(), f);
        String text = Files.readString(f);
        assertTrue(text.contains("\"format\" : \"evolp-pruning-plan\"") && text.contains("\"version\" : 1"), text);
        assertEquals(plan(), PruningPlanJson.read(f));
    }

    @Test
    void refusesAForeignFormatAndNamesTheField() {
        String text = PruningPlanJson.toFile(plan()).toString();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PruningPlanJson.parse(
                "{\"format\": \"evolp-session\", \"version\": 1, \"model\": \"m\", \"budget_ms\": 2, \"predicted_ms\": 1,"
                        + " \"window_ms\": [1, 2], \"layers\": []}", "p.json"));
        assertTrue(e.getMessage().contains("p.json") && e.getMessage().contains("format"), e.getMessage() + text);
    }

    @Test
    void refusesKeptChannelsThatDoNotMatchTheWidthWithLineAndField() throws Exception {
        Path f = dir.resolve("plan.json");
        PruningPlanJson.save(plan(), f);
        String bad = Files.readString(f).replaceFirst("\"width\" : 5", "\"width\" : 4");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PruningPlanJson.parse(bad, "bad.json"));
        assertTrue(e.getMessage().contains("bad.json:") && e.getMessage().contains("/layers/0/kept"), e.getMessage());
        String unknown = Files.readString(f).replaceFirst("\"model\"", "\"modle\" : 1, \"model\"");
        InvalidInputException u = assertThrows(InvalidInputException.class, () -> PruningPlanJson.parse(unknown, "u.json"));
        assertTrue(u.getMessage().contains("modle"), u.getMessage());
        String descending = Files.readString(f).replaceFirst("0, 2, 3, 6, 7", "2, 0, 3, 6, 7");
        assertThrows(InvalidInputException.class, () -> PruningPlanJson.parse(descending, "d.json"));
    }
}
