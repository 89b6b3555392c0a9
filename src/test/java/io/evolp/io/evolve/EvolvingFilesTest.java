package io.evolp.io.evolve;

import io.evolp.core.InvalidInputException;
import io.evolp.io.Json;
import io.evolp.io.predictor.PredictorFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Evolving-predictor and correction DTOs: dispatch on kind, the documented shapes, nulls in spreads. */
class EvolvingFilesTest {

    @TempDir
    Path dir;

    private static final PredictorFile BASE = PredictorFile.header(2, "flops", "d")
            .withLine(new PredictorFile.MacLine(1e-9, 0.0, 0.01, 3));

    @Test
    void readDispatchesOnKind() throws Exception {
        EvolvingFile e = new EvolvingFile(1, "evolving", new CorrectionFile("linear", null, null, null, null, List.of(), null),
                3, BASE, List.of(new EvolvingFile.HistoryEntry("vgg16", "m", 10.0, 12.0, 0.5, null, "test", true,
                "2026-01-01T00:00:00Z")));
        Path ev = dir.resolve("e.json");
        EvolvingFiles.write(ev, e);
        assertEquals(e, EvolvingFiles.read(ev, x -> x, p -> null));
        Path plain = dir.resolve("p.json");
        Files.writeString(plain, Json.mapper().writeValueAsString(BASE));
        assertEquals(BASE, EvolvingFiles.read(plain, x -> null, p -> p));
    }

    @Test
    void correctionShapesAreTheDocumentedOnes() throws Exception {
        CorrectionFile robust = new CorrectionFile("robust", 20, null, null, null, List.of(List.of(10.0, 13.0)), null);
        assertEquals("{\"kind\":\"robust\",\"window\":20,\"points\":[[10.0,13.0]]}", Json.mapper().writeValueAsString(robust));
        java.util.List<Double> spreads = new java.util.ArrayList<>();
        spreads.add(null);
        spreads.add(0.5);
        CorrectionFile shrink = new CorrectionFile("shrink", null, null, null, null,
                List.of(List.of(1.0, 2.0), List.of(3.0, 4.0)), spreads);
        String json = Json.mapper().writeValueAsString(shrink);
        assertTrue(json.endsWith("\"spreads\":[null,0.5]}"), json);
        assertEquals(shrink, Json.mapper().readValue(json, CorrectionFile.class));
    }

    @Test
    void familyCorrectionsRoundTripThroughAFile() throws Exception {
        CorrectionFile c = new CorrectionFile("bayes", null, 0.5, 10.0, 0.1, List.of(), null);
        CorrectionFile.Families f = new CorrectionFile.Families(1, 3, c, c, Map.of("vgg16", c));
        Path file = dir.resolve("c.json");
        EvolvingFiles.writeCorrections(file, f);
        assertEquals(f, EvolvingFiles.readCorrections(file, x -> x));
        assertTrue(Files.readString(file).contains("\"intercept_sd_ms\""));
    }

    @Test
    void truncatedFileIsLocated() throws Exception {
        Path file = dir.resolve("cut.json");
        Files.writeString(file, "{\"format\": 1,\n \"kind\": \"evolving\",\n \"history\": [");
        var p = assertThrows(InvalidInputException.class, () -> EvolvingFiles.read(file, x -> x, y -> null)).problems().get(0);
        assertEquals(3, p.line());
        assertTrue(p.column() > 0);
    }
}
