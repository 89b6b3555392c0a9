package io.evolp.predict;

import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerConfig;
import io.evolp.io.FieldProblem;
import io.evolp.io.Json;
import io.evolp.io.predictor.PredictorFile;
import io.evolp.io.predictor.PredictorFiles;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The explicit predictor ↔ DTO mapping: per-kind round trips, old files, located refusals. */
class PredictorMapperTest {

    private static final Path SAMPLE = Path.of("sample-data", "sample.evolp.json");

    @TempDir
    Path dir;

    private static LatencyPredictor train(String kind) {
        return Predictors.train(kind, SyntheticData.vggLike(0.03, 2), TrainOptions.defaults(), ProgressMonitor.NONE);
    }

    @Test
    void dtoRoundTripIsEqualAndPredictsTheSame() throws Exception {
        for (String kind : List.of("lut", "flops", "gbt")) {
            LatencyPredictor p = train(kind);
            PredictorFile dto = PredictorMapper.toFile(p);
            assertEquals(kind, dto.kind());
            assertEquals(PredictorStore.FORMAT, dto.format());
            Path file = dir.resolve(kind + ".json");
            PredictorFiles.write(file, dto);
            PredictorFile back = PredictorFiles.read(file, f -> f);
            assertEquals(dto, back, kind + ": write → read gives the same DTO");
            LatencyPredictor q = PredictorMapper.fromFile(back);
            for (LayerConfig c : SyntheticData.heldOut()) assertEquals(p.predictLayer(c), q.predictLayer(c), 0, kind);
        }
    }

    @Test
    void keyKindsOnlyWriteTheirFields() {
        PredictorFile flops = PredictorMapper.toFile(train("flops"));
        assertNull(flops.keys());
        assertNull(flops.trees());
        assertNotNull(flops.a());
        JsonNode lut = Json.mapper().valueToTree(PredictorMapper.toFile(train("lut")));
        JsonNode key = lut.get("keys").get(0);
        assertEquals("table", key.get("model").textValue());
        assertTrue(key.get("cin").get(0).isIntegralNumber(), "table channels stay integers");
        assertFalse(key.has("weights"));
        assertFalse(lut.has("a"), "no flops fields in a lut file");
    }

    @Test
    void formatOnePredictorsOfTheSampleProjectStillLoad() throws Exception {
        JsonNode project = Json.mapper().readTree(SAMPLE.toFile());
        int loaded = 0;
        for (JsonNode entry : project.get("predictors")) {
            JsonNode predictor = entry.get("predictor");
            Path file = dir.resolve("old-" + loaded + ".json");
            Files.writeString(file, predictor.toPrettyString());
            LatencyPredictor p = PredictorStore.load(file);
            assertEquals(predictor.get("kind").textValue(), p.kind());
            assertEquals(predictor.get("device").textValue(), p.device());
            assertTrue(p.predictLayer(LayerConfig.of(56, 64, 64, 3, 1, 1, 1)) > 0);
            loaded++;
        }
        assertEquals(3, loaded);
    }

    @Test
    void missingFieldIsReportedAtItsObject() {
        PredictorFile noGeneral = PredictorMapper.toFile(train("lut")).withKeyed(null, null, null);
        FieldProblem p = assertThrows(FieldProblem.class, () -> PredictorMapper.fromFile(noGeneral));
        assertEquals("", p.pointer());
        assertTrue(p.getMessage().contains("keys"), p.getMessage());
    }

    @Test
    void embeddedPredictorsCarryTheirPointer() {
        PredictorFile bad = PredictorFile.header(2, "magic", "d");
        FieldProblem p = assertThrows(FieldProblem.class, () -> PredictorMapper.fromFile(bad, "/base"));
        assertEquals("/base/kind", p.pointer());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PredictorStore.fromFile(bad, "x.json"));
        assertEquals("/kind", e.problems().get(0).columnName());
    }

    @Test
    void truncatedFileNamesFileLineAndColumn() throws Exception {
        Path file = dir.resolve("cut.json");
        PredictorStore.save(train("lut"), file);
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() * 2 / 3));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PredictorStore.load(file));
        InputProblem p = e.problems().get(0);
        assertEquals(file.toString(), p.file());
        assertTrue(p.line() > 1 && p.column() > 0, p.describe());
    }
}
