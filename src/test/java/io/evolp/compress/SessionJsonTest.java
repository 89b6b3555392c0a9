package io.evolp.compress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.io.Json;
import io.evolp.measure.SimulatedSource;
import io.evolp.measure.sim.DeviceProfile;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SessionJsonTest {

    @TempDir
    Path dir;

    private final MacsPredictor base = new MacsPredictor();

    private CompressionSession finishedSession(ModelSpec model, ChannelImportance imp, String correction) {
        SimulatedSource device = new SimulatedSource(DeviceProfile.TX2, SimulatedSource.Options.defaults().withSeed(3)
                .withModelTruth(m -> 1.7 * base.predictModel(m).latencyMs()));
        CompressionSession s = new CompressionSession(model, imp, EvolvingPredictor.start(base, correction), device,
                0.45 * base.predictModel(model).latencyMs(), 5, BudgetSearch.Options.defaults());
        s.run(ProgressMonitor.NONE);
        device.close();
        return s;
    }

    @Test
    void saveAndLoadGiveTheSameStepsSettingsAndResult() throws IOException {
        ModelSpec vgg = Zoo.model("vgg16", null);
        CompressionSession s = finishedSession(vgg, ChannelImportance.random(vgg, 4), "linear");
        s.addUserMeasurement(7.25, 0.5); // a user step too
        Path f = dir.resolve("sessions/s.json");
        SessionJson.save(f, s, null);
        SessionRecord back = SessionJson.load(f);

        assertEquals(s.steps(), back.steps());
        assertTrue(back.steps().size() >= 2);
        assertTrue(back.steps().get(0).correction().containsKey("residual_se_ms"));
        assertTrue(Double.isNaN(back.steps().get(0).correction().get("residual_se_ms")), "NaN survives as null");
        assertTrue(back.steps().get(back.steps().size() - 1).userMeasurement());
        assertEquals(s.settings(), back.settings());
        assertEquals(s.result(), back.result());
        assertEquals(s.finished(), back.finished());
        assertEquals(s.reason(), back.reason());
        assertNull(back.predictor());
        assertTrue(back.settings().importance().contains("demo"));

        JsonNode root = Json.mapper().readTree(Files.readString(f));
        assertEquals(2, root.get("format").intValue());
        assertEquals(s.state().name(), root.at("/state/state").textValue());
        assertTrue(root.at("/steps/0/estimate_ms").isNumber() && root.at("/steps/0/estimate_se_ms").isNumber());
        assertEquals("search", root.at("/steps/0/kind").textValue());
        assertEquals("vgg16", root.at("/settings/model/arch").textValue());
        assertTrue(root.at("/steps/0/probes").isArray());
        assertEquals(root.at("/steps/0/search_steps").intValue(), root.at("/steps/0/probes").size());
    }

    @Test
    void formatOneFilesStillLoad() throws IOException {
        ModelSpec vgg = Zoo.model("vgg16", null);
        CompressionSession s = finishedSession(vgg, ChannelImportance.uniform(), "linear");
        ObjectNode root = Json.mapper().valueToTree(SessionJson.write(s, null));
        // What a format-1 file holds: no evidence per step, no state name.
        root.put("format", 1);
        ((ObjectNode) root.get("state")).remove("state");
        for (JsonNode step : root.get("steps")) {
            for (String k : List.of("kind", "estimate_ms", "estimate_se_ms", "candidate_measurements", "verdict")) {
                ((ObjectNode) step).remove(k);
            }
        }
        SessionRecord back = SessionJson.read(Json.mapper().convertValue(root, io.evolp.io.session.SessionFile.class));
        assertEquals(s.steps().size(), back.steps().size());
        SessionStep first = back.steps().get(0);
        assertEquals(first.measuredMs(), first.estimateMs(), 0);
        assertTrue(Double.isNaN(first.estimateSeMs()));
        assertEquals(1, first.candidateMeasurements());
        assertEquals(s.result().withinWindow() ? SessionState.CONVERGED : s.finished() ? SessionState.BUDGET_SPENT
                : SessionState.RUNNING, back.result().state());
    }

    @Test
    void explicitModelsAndEmbeddedPredictorRoundTrip() throws IOException {
        ModelSpec net = ModelSpec.explicit("tiny", List.of(LayerConfig.of(56, 3, 32, 3, 1, 1, 1),
                LayerConfig.of(56, 32, 64, 3, 2, 1, 1), LayerConfig.of(28, 64, 64, 3, 1, 1, 1)));
        CompressionSession s = finishedSession(net, ChannelImportance.uniform(), "robust");
        io.evolp.io.evolve.EvolvingFile predictor = new io.evolp.io.evolve.EvolvingFile(null, "evolving", null, null, null, null);
        Path f = dir.resolve("t.json");
        SessionJson.save(f, s, predictor);
        SessionRecord back = SessionJson.load(f);
        assertEquals(s.steps(), back.steps());
        assertEquals(net.convs(), back.settings().model().convs());
        assertEquals("uniform", back.settings().searchMode());
        assertEquals(predictor, back.predictor());
    }

    @Test
    void cliFormHasTheDocumentedFields() {
        ModelSpec vgg = Zoo.model("vgg16", null);
        CompressionSession s = finishedSession(vgg, ChannelImportance.uniform(), "linear");
        ObjectNode o = Json.mapper().valueToTree(s.result().report());
        for (String k : List.of("widths", "predicted_ms", "measured_ms", "within_window", "measurements", "steps")) {
            assertTrue(o.has(k), k);
        }
        assertEquals(13, o.get("widths").size());
        assertEquals(s.steps().size(), o.get("measurements").intValue());
        assertEquals(s.steps().size(), o.get("steps").size());
        assertFalse(o.at("/steps/0").has("probes"), "compact steps");
        assertTrue(o.at("/steps/0/search_steps").intValue() > 0);
        assertEquals(s.result().measuredMs(), o.get("measured_ms").doubleValue(), 0);
    }

    @Test
    void brokenFilesNameTheFileAndField() throws IOException {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"format\":1,\"settings\":{}}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SessionJson.load(f));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("\"model\""), e.getMessage());
        Files.writeString(f, "{\"format\":9}");
        e = assertThrows(InvalidInputException.class, () -> SessionJson.load(f));
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
        Files.writeString(f, "{\"format\":1,");
        e = assertThrows(InvalidInputException.class, () -> SessionJson.load(f));
        assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
    }
}
