package io.evolp.ui.shell;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.compress.BudgetSearch;
import io.evolp.project.Project;
import io.evolp.project.ProjectDataset;
import io.evolp.project.ProjectPredictor;
import io.evolp.compress.ChannelImportance;
import io.evolp.compress.CompressionSession;
import io.evolp.compress.SessionJson;
import io.evolp.core.LayerDataset;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.io.ModelJson;
import io.evolp.measure.SimulatedSource;
import io.evolp.measure.sim.DeviceProfile;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.predict.Evaluator;
import io.evolp.predict.eval.Split;
import io.evolp.predict.eval.Splits;
import io.evolp.task.ProgressMonitor;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.ModelEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.SessionEntry;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File ▸ Import dataset, drag and drop, and a project saved, cleared and reopened to the same state. */
@ExtendWith(ApplicationExtension.class)
class ImportAndProjectTest extends ShellTestBase {

    private static final Path VGG = SAMPLES.resolve("vgg16-simulated-tx2.csv");
    private static final Path BAD = SAMPLES.resolve("broken/bad-rows.csv");

    @Start
    void start(Stage stage) {
        startShell(stage);
    }

    @Test
    void importDatasetFromTheMenuAddsItToTheWorkspace(FxRobot robot) {
        dialogs.scripted.answerFiles(List.of(VGG));
        robot.clickOn("File").clickOn("#menu-import-dataset");
        waitFor(() -> ws.datasets().size() == 1);
        DatasetEntry e = ws.datasets().get(0);
        assertEquals("vgg16-simulated-tx2", e.name());
        assertEquals("simulated-tx2", e.device());
        assertTrue(e.dataset().size() > 2900, "rows: " + e.dataset().size());
        assertEquals(0, e.totalProblems());
        assertTrue(window.statusBar().text().startsWith("Imported vgg16-simulated-tx2"), window.statusBar().text());
        assertTrue(stage.getTitle().endsWith("*"));
    }

    @Test
    void badRowsAreKeptAsProblemsWithLinesAndColumns(FxRobot robot) {
        dialogs.scripted.answerFiles(List.of(BAD));
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.I);
        waitFor(() -> ws.datasets().size() == 1);
        DatasetEntry e = ws.datasets().get(0);
        assertTrue(e.totalProblems() > 0);
        assertTrue(e.problems().get(0).line() > 1 && e.problems().get(0).column() > 0, e.problems().get(0).describe());
        assertFalse(e.dataset().isEmpty(), "the valid rows stay loaded");
    }

    @Test
    void droppedFilesDoTheObviousThingAndUnknownOnesAreRefused(FxRobot robot) throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
        Path replay = SAMPLES.resolve("models/vgg16-random-simulated-tx2.jsonl");
        fx(robot, () -> window.open(List.of(VGG, SAMPLES.resolve("models/vgg16-half.json"), replay, notes)));
        waitFor(() -> ws.datasets().size() == 1 && ws.models().size() == 1 && ws.sources().size() == 4
                && dialogs.scripted.errors.size() == 1);
        assertTrue(ws.sources().get(3).startsWith("replay:") && ws.sources().get(3).endsWith("vgg16-random-simulated-tx2.jsonl"));
        assertTrue(dialogs.scripted.errors.get(0).contains("notes.txt"), dialogs.scripted.errors.get(0));
    }

    @Test
    void savedProjectReopensToTheSameState(FxRobot robot) throws Exception {
        dialogs.scripted.answerFiles(List.of(VGG, BAD));
        robot.clickOn("File").clickOn("#menu-import-dataset");
        waitFor(() -> ws.datasets().size() == 2);
        DatasetEntry vgg = ws.datasets().stream().filter(d -> d.name().startsWith("vgg16")).findFirst().orElseThrow();
        PredictorEntry trained = train(vgg);
        SessionEntry session = new SessionEntry("budget 40 %", session(trained.predictor()));
        ModelEntry model = new ModelEntry("vgg16-half", SAMPLES.resolve("models/vgg16-half.json"),
                ModelJson.readOne(SAMPLES.resolve("models/vgg16-half.json")));
        fx(robot, () -> {
            ws.predictors().add(trained);
            ws.sessions().add(session);
            ws.models().add(model);
            ws.sources().add("replay:" + SAMPLES.resolve("models/vgg16-random-simulated-tx2.jsonl").toAbsolutePath());
            ws.viewSettings().putAll(Map.of("predictors.scale", "log", "compression.budget", "40"));
        });
        Project saved = snapshot(robot);

        Path file = dir.resolve("lab.evolp.json");
        dialogs.scripted.answerFile(file);
        robot.clickOn("File").clickOn("#menu-save-as");
        waitFor(() -> Files.exists(file) && !ws.isDirty() && file.equals(ws.projectFileProperty().get()));
        assertEquals("EvoLP Workbench — lab.evolp.json", stage.getTitle());
        waitFor(() -> robot.lookup(".notification-bar .label").queryAll().stream() // the save is announced
                .anyMatch(n -> String.valueOf(((javafx.scene.control.Labeled) n).getText()).startsWith("Saved lab.evolp.json")));

        fx(robot, ws::clear);
        assertTrue(ws.datasets().isEmpty());
        dialogs.scripted.answerFile(file);
        robot.clickOn("File").clickOn("#menu-open");
        waitFor(() -> ws.datasets().size() == 2 && ws.predictors().size() == 1);
        assertTrue(dialogs.scripted.errors.isEmpty(), dialogs.scripted.errors.toString());
        Project back = snapshot(robot);

        assertSameDatasets(saved.datasets(), back.datasets());
        ProjectPredictor p0 = saved.predictors().get(0), p1 = back.predictors().get(0);
        assertEquals(List.of(p0.name(), p0.datasetName(), p0.testFraction(), p0.seed()),
                List.of(p1.name(), p1.datasetName(), p1.testFraction(), p1.seed()));
        LayerDataset data = vgg.dataset();
        for (int r = 0; r < data.size(); r++) {
            assertEquals(p0.predictor().predictLayer(data.config(r)), p1.predictor().predictLayer(data.config(r)), "row " + r);
        }
        assertEquals(p0.evaluation().overall(), p1.evaluation().overall());
        assertArrayEquals(p0.evaluation().rows(), p1.evaluation().rows());
        assertEquals(saved.sessions(), back.sessions());
        assertEquals(saved.models().get(0).name(), back.models().get(0).name());
        assertEquals(saved.models().get(0).model(), back.models().get(0).model());
        assertEquals(saved.models().get(0).source().toAbsolutePath(), back.models().get(0).source());
        assertEquals(saved.sources(), back.sources());
        assertEquals(saved.viewSettings(), back.viewSettings());
        assertFalse(ws.isDirty());
        assertEquals(file.toAbsolutePath().normalize(), window.preferences().recent().get(0));
    }

    private Project snapshot(FxRobot robot) {
        Project[] s = new Project[1];
        robot.interact(() -> s[0] = ws.snapshot());
        return s[0];
    }

    static void assertSameDatasets(List<ProjectDataset> a, List<ProjectDataset> b) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            ProjectDataset x = a.get(i), y = b.get(i);
            assertEquals(x.name(), y.name());
            assertEquals(x.device(), y.device());
            assertEquals(x.problems(), y.problems());
            assertEquals(x.totalProblems(), y.totalProblems());
            assertEquals(x.dataset().size(), y.dataset().size());
            assertEquals(x.dataset().extraColumns(), y.dataset().extraColumns());
            for (int r = 0; r < x.dataset().size(); r++) {
                assertEquals(x.dataset().config(r), y.dataset().config(r));
                assertEquals(x.dataset().latency(r), y.dataset().latency(r));
                assertEquals(x.dataset().sourceLine(r), y.dataset().sourceLine(r));
                for (int c = 0; c < x.dataset().extraColumns().size(); c++) {
                    assertEquals(x.dataset().extra(r, c), y.dataset().extra(r, c));
                }
            }
        }
    }

    static PredictorEntry train(DatasetEntry d) {
        Split split = Splits.holdout(d.dataset(), 0.2, 7);
        LatencyPredictor p = Predictors.train("evolp", d.dataset().subset(split.train()), TrainOptions.defaults().withSeed(7),
                ProgressMonitor.NONE);
        return new PredictorEntry("evolp on " + d.name(), p, d.name(), 0.2, 7, Evaluator.evaluate(p, d.dataset(), split.test()));
    }

    static io.evolp.io.session.SessionFile session(LatencyPredictor p) {
        ModelSpec vgg = Zoo.model("vgg16", null);
        SimulatedSource device = new SimulatedSource(DeviceProfile.TX2, SimulatedSource.Options.defaults().withSeed(3));
        CompressionSession s = new CompressionSession(vgg, ChannelImportance.random(vgg, 4), EvolvingPredictor.start(p, "linear"),
                device, 0.4 * p.predictModel(vgg).latencyMs(), 5, BudgetSearch.Options.defaults());
        s.run(ProgressMonitor.NONE);
        device.close();
        return SessionJson.write(s, null);
    }
}
