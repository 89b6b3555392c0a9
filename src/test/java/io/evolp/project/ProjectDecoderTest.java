package io.evolp.project;

import io.evolp.core.InputProblem;
import io.evolp.io.project.ProjectFileReader;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bad embedded predictor costs only that predictor, reported at its entry's line and column. */
class ProjectDecoderTest {

    @Test
    void aBadPredictorIsLocatedAndTheRestLoads() throws Exception {
        Path sample = Path.of("sample-data/sample.evolp.json");
        String text = Files.readString(sample).replace("\"kind\":\"lut\"", "\"kind\":\"lux\"");
        var read = ProjectFileReader.read(text, "p.evolp.json", ProgressMonitor.NONE);
        ProjectLoad load = ProjectDecoder.decode(read, sample, ProgressMonitor.NONE, false);
        assertEquals(2, load.project().predictors().size());
        assertEquals(2, load.project().datasets().size());
        InputProblem p = load.problems().get(0);
        assertEquals(1, p.line());
        assertEquals(text.indexOf("{\"name\":\"lut · ") + 1, p.column(), p.describe());
        assertTrue(p.message().startsWith("predictor 'lut · vgg16-simulated-tx2' could not be loaded: "), p.message());
        assertTrue(p.message().contains("lux"), p.message());
    }

    @Test
    void oneLineNamesTheJsonPathOfALocatedProblem() {
        var e = new io.evolp.core.InvalidInputException(new InputProblem("f", 1, 2, "/keys/0/t", "expected a number"));
        assertEquals("at /keys/0/t: expected a number", ProjectDecoder.oneLine(e));
        assertEquals("IllegalStateException", ProjectDecoder.oneLine(new IllegalStateException()));
    }
}
