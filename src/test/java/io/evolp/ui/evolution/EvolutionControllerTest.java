package io.evolp.ui.evolution;

import io.evolp.evolve.EvolutionEval;
import io.evolp.io.DatasetCsvReader;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.task.ProgressMonitor;
import io.evolp.task.SyncTaskRunner;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.workspace.PredictorEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evolution check's controller without a window: a synchronous runner on the sample measurements. */
class EvolutionControllerTest {

    static final Path LAYERS = Path.of("sample-data/measured/resnet50-local-cpu.csv");
    static final Path MEASURED = Path.of("sample-data/measured/resnet50-random-local-cpu.jsonl");

    private static LatencyPredictor flops;

    @TempDir
    Path tmp;
    private ScriptedDialogs dialogs;
    private EvolutionModel model;
    private EvolutionController controller;

    @BeforeAll
    static void train() throws Exception {
        flops = Predictors.train("flops", DatasetCsvReader.read(LAYERS, null).dataset(), TrainOptions.defaults(),
                ProgressMonitor.NONE);
    }

    @BeforeEach
    void setUp() {
        dialogs = new ScriptedDialogs();
        model = new EvolutionModel();
        model.predictorProperty().set(new PredictorEntry("flops · local-cpu", flops, "resnet50-local-cpu", 0, 1, null));
        controller = new EvolutionController(new SyncTaskRunner(), dialogs, model);
    }

    @Test
    void aRunPutsOneCurvePerCorrectionIntoTheModel() throws Exception {
        dialogs.answerFile(MEASURED);
        controller.chooseMeasured();
        assertEquals(MEASURED.toString(), model.measuredProperty().get());
        model.drawsProperty().set(3);

        EvolutionEval.Result r = controller.run().join();
        assertSame(r, model.result());
        assertEquals(3, r.draws());
        assertFalse(model.busyProperty().get());
        assertNull(model.runningProperty().get());
        assertTrue(model.statusProperty().get().startsWith("Evaluated "), model.statusProperty().get());
        assertTrue(model.summaryProperty().get().contains("shrink") && model.summaryProperty().get().contains("none"));

        List<String> kinds = model.curves().stream().map(EvolutionCurve::kind).toList();
        assertEquals(List.of("none", "shrink", "linear", "robust", "bayes"), kinds);
        for (EvolutionCurve c : model.curves()) {
            assertEquals(r.maxK() + 1, c.points().size(), c.kind());
            for (EvolutionCurve.Point p : c.points()) {
                assertEquals(r.cell(c.kind(), p.k()).mape().median(), p.centre(), 1e-12);
                assertTrue(p.p25() <= p.centre() + 1e-9 && p.centre() <= p.p75() + 1e-9, c.kind() + " k=" + p.k());
            }
        }
        assertEquals(0, model.curves().get(0).points().get(0).k());

        // Another metric of the same result: the raw layer sum has no band, so no coverage curve.
        controller.showMetric(EvolutionMetric.COVERAGE);
        assertEquals(List.of("shrink", "linear", "robust", "bayes"), model.curves().stream().map(EvolutionCurve::kind).toList());

        Path csv = tmp.resolve("evo.csv");
        controller.csvJob().write(csv, ProgressMonitor.NONE);
        assertEquals(1 + 5 * (r.maxK() + 1), Files.readAllLines(csv).size());
    }

    @Test
    void badInputsAreRefusedWithAMessageAndKeepThePreviousResult() throws Exception {
        assertNull(controller.csvJob(), "nothing to export before a result");
        model.measuredProperty().set("");
        assertNull(controller.run().join());
        assertEquals("Choose a file of measured models.", model.statusProperty().get());

        model.measuredProperty().set(MEASURED.toString());
        model.seedProperty().set("one");
        assertNull(controller.run().join());
        assertTrue(model.statusProperty().get().startsWith("Seed: expected a whole number, found 'one'"));

        model.seedProperty().set("7");
        model.drawsProperty().set(2);
        EvolutionEval.Result good = controller.run().join();
        int curves = model.curves().size();

        Path bad = tmp.resolve("unmeasured.jsonl");
        Files.writeString(bad, "{\"arch\":\"resnet50\"}\n{\"arch\":\"resnet50\"}\n");
        model.measuredProperty().set(bad.toString());
        assertNull(controller.run().join());
        String status = model.statusProperty().get();
        assertTrue(status.startsWith("Failed") && status.contains("unmeasured.jsonl") && status.contains("model 1"), status);
        assertSame(good, model.result(), "a failed run keeps the previous result");
        assertEquals(curves, model.curves().size());
        assertFalse(model.busyProperty().get());
    }
}
