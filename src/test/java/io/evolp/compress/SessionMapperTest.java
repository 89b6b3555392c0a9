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
import io.evolp.core.InputProblem;
import io.evolp.io.FieldProblem;
import io.evolp.io.session.SessionFile;
import io.evolp.io.session.SessionFiles;

/** Session ↔ {@link SessionFile}: DTO round trip, unknown values as null, located refusals. */
class SessionMapperTest {

    @TempDir
    Path dir;

    private final MacsPredictor base = new MacsPredictor();

    private CompressionSession session() {
        ModelSpec vgg = Zoo.model("vgg16", null);
        SimulatedSource device = new SimulatedSource(DeviceProfile.TX2, SimulatedSource.Options.defaults().withSeed(5)
                .withModelTruth(m -> 1.5 * base.predictModel(m).latencyMs()));
        CompressionSession s = new CompressionSession(vgg, ChannelImportance.uniform(), EvolvingPredictor.start(base, "linear"),
                device, 0.5 * base.predictModel(vgg).latencyMs(), 3, BudgetSearch.Options.defaults());
        s.run(ProgressMonitor.NONE);
        device.close();
        return s;
    }

    @Test
    void writeReadGivesTheSameDtoAndRecord() throws IOException {
        CompressionSession s = session();
        SessionFile dto = SessionJson.write(s, null);
        Path f = dir.resolve("s.json");
        SessionFiles.write(f, dto);
        SessionFile back = SessionFiles.read(f, x -> x);
        assertEquals(dto, back);
        SessionRecord r = SessionJson.read(back);
        assertEquals(s.steps(), r.steps());
        assertEquals(s.result(), r.result());
        assertEquals(dto, SessionJson.write(r), "mapping back gives the same file form");
    }

    @Test
    void unknownValuesAreWrittenAsNull() throws IOException {
        SessionFile dto = SessionJson.write(session(), null);
        var tree = io.evolp.io.Json.mapper().valueToTree(dto);
        assertTrue(tree.at("/steps/0").has("band_ms"), "band_ms is written even when null");
        assertTrue(tree.at("/result").has("measured_ms"));
        assertFalse(tree.at("/result").has("steps"), "the file's result has no steps");
        assertTrue(tree.at("/steps/0/probes").isArray());
        assertFalse(tree.has("predictor"));
    }

    @Test
    void cliReportHasCompactStepsAndNoChosenStep() {
        SessionFile.Result r = session().result().report();
        assertNull(r.chosenStep());
        assertNull(r.steps().get(0).probes());
        assertNotNull(r.steps().get(0).searchSteps());
    }

    @Test
    void truncatedSessionNamesFileLineAndColumn() throws IOException {
        Path f = dir.resolve("cut.json");
        SessionJson.save(f, session(), null);
        String text = Files.readString(f);
        Files.writeString(f, text.substring(0, text.length() / 2));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SessionJson.load(f));
        InputProblem p = e.problems().get(0);
        assertEquals(f.toString(), p.file());
        assertTrue(p.line() > 1 && p.column() > 0, p.describe());
    }

    @Test
    void badStepFieldIsLocatedAtTheStep() throws IOException {
        Path f = dir.resolve("bad.json");
        SessionJson.save(f, session(), null);
        String text = Files.readString(f).replaceFirst("\"outcome\" : \"[A-Z_]+\"", "\"outcome\" : \"SIDEWAYS\"");
        Files.writeString(f, text);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SessionJson.load(f));
        InputProblem p = e.problems().get(0);
        assertEquals("/steps/0/outcome", p.columnName());
        assertTrue(p.message().contains("SIDEWAYS"), p.message());
        assertTrue(p.line() > 1, p.describe());
    }

    @Test
    void missingObjectIsReportedWithItsName() {
        FieldProblem p = assertThrows(FieldProblem.class,
                () -> SessionJson.map(new SessionFile(2, null, null, null, null, null)));
        assertTrue(p.getMessage().contains("\"settings\""), p.getMessage());
    }
}
