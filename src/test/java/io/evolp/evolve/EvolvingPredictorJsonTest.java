package io.evolp.evolve;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.ModelSpec;
import io.evolp.core.SamplingPlan;
import io.evolp.core.zoo.Zoo;
import io.evolp.io.evolve.EvolvingFile;
import io.evolp.measure.sim.DeviceProfile;
import io.evolp.measure.sim.SimulatedDevice;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.PredictorStore;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

/** Evolving predictor ↔ {@link EvolvingFile}: round trip, plain-or-evolving reading, located refusals. */
class EvolvingPredictorJsonTest {

    private static LatencyPredictor base;
    private static final ModelSpec VGG = Zoo.model("vgg16", null);

    @TempDir
    Path dir;

    @BeforeAll
    static void train() {
        base = Predictors.train("flops", new SimulatedDevice(DeviceProfile.TX2, 3).measurePlan(SamplingPlan.plan(VGG, 100), 1),
                TrainOptions.defaults(), ProgressMonitor.NONE);
    }

    private static EvolvingPredictor evolved() {
        EvolvingPredictor p = EvolvingPredictor.start(base, "shrink");
        double raw = p.predict(VGG).rawMs();
        return p.withPair(new MeasuredPair("vgg16", "vgg16", raw, 1.3 * raw, 0.2, "test", true, Instant.EPOCH, 0.1))
                .withPair(new MeasuredPair("vgg16", "vgg16-half", raw / 2, 0.7 * raw, 0.1, "test", true, Instant.EPOCH, Double.NaN));
    }

    @Test
    void saveAndReadGiveTheSameFileAndPredictions() throws Exception {
        EvolvingPredictor p = evolved();
        Path file = dir.resolve("e.json");
        EvolvingPredictorJson.save(p, file);
        EvolvingPredictorJson.Read r = EvolvingPredictorJson.read(file);
        assertTrue(r.isEvolving());
        assertEquals(EvolvingPredictorJson.toFile(p), EvolvingPredictorJson.toFile(r.evolving()));
        assertEquals(p.predict(VGG).correctedMs(), r.evolving().predict(VGG).correctedMs(), 0);
        assertNull(EvolvingPredictorJson.toFile(p).history().get(1).noiseSdMs(), "unknown noise is left out");
    }

    @Test
    void plainPredictorFilesReadAsPlainAndStartWithoutHistory() throws Exception {
        Path file = dir.resolve("p.json");
        PredictorStore.save(base, file);
        EvolvingPredictorJson.Read r = EvolvingPredictorJson.read(file);
        assertFalse(r.isEvolving());
        assertEquals("flops", r.plain().kind());
        assertTrue(EvolvingPredictorJson.load(file, "linear").history().isEmpty());
    }

    @Test
    void badHistoryEntryIsLocated() throws Exception {
        Path file = dir.resolve("bad.json");
        EvolvingPredictorJson.save(evolved(), file);
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("\"timestamp\" : \"[^\"]+\"", "\"timestamp\" : \"yesterday\""));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EvolvingPredictorJson.read(file));
        InputProblem p = e.problems().get(0);
        assertEquals(file.toString(), p.file());
        assertTrue(p.line() > 1, p.describe());
    }

    @Test
    void badBaseIsLocatedInsideTheBase() throws Exception {
        Path file = dir.resolve("base.json");
        EvolvingPredictorJson.save(evolved(), file);
        Files.writeString(file, Files.readString(file).replace("\"kind\" : \"flops\"", "\"kind\" : \"magic\""));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EvolvingPredictorJson.read(file));
        assertEquals("/base/kind", e.problems().get(0).columnName());
    }

    @Test
    void truncatedFileNamesLineAndColumn() throws Exception {
        Path file = dir.resolve("cut.json");
        EvolvingPredictorJson.save(evolved(), file);
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() - 40));
        InputProblem p = assertThrows(InvalidInputException.class, () -> EvolvingPredictorJson.read(file)).problems().get(0);
        assertTrue(p.line() > 1 && p.column() > 0, p.describe());
    }

    @Test
    void newerFormatIsRefused() {
        EvolvingFile f = EvolvingPredictorJson.toFile(evolved());
        EvolvingFile newer = new EvolvingFile(9, f.kind(), f.correction(), f.minFamilyPoints(), f.base(), f.history());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EvolvingPredictorJson.fromFile(newer, "n.json"));
        assertTrue(e.getMessage().contains("format"), e.getMessage());
    }
}
