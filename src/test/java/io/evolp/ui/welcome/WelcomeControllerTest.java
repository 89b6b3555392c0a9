package io.evolp.ui.welcome;

import io.evolp.project.ProjectLoad;
import io.evolp.task.SyncTaskRunner;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.workspace.CompressionPreset;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The welcome screen's actions without a window: a workspace, a synchronous runner, a fake host. */
class WelcomeControllerTest {

    private static final Path SAMPLES = Path.of("sample-data");

    @TempDir
    Path dir;
    private final Workspace ws = new Workspace();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final FakeHost host = new FakeHost();
    private final WelcomeModel model = new WelcomeModel();
    private WelcomeController controller;

    @BeforeEach
    void setUp() {
        controller = new WelcomeController(ws, new SyncTaskRunner(), dialogs, host, model);
    }

    /** MobileNetV1 on the simulated Nano, cut to its first 80 layer rows so training takes a moment. */
    private Starter smallStarter() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLES.resolve("mobilenetv1-simulated-nano.csv"));
        Files.write(dir.resolve("small.csv"), lines.subList(0, 81));
        model.sampleDataProperty().set(dir);
        return new Starter("mobilenetv1", "MobileNetV1 · small", "small.csv", "simulated:nano");
    }

    @Test
    void startingFromAnArchitectureImportsTrainsAndHandsOverToCompression() throws Exception {
        model.starterProperty().set(smallStarter());
        PredictorEntry p = controller.startFromChosen().get();
        assertEquals(1, ws.datasets().size());
        assertEquals(80, ws.datasets().get(0).dataset().size());
        assertEquals(List.of(p), List.copyOf(ws.predictors()));
        assertEquals("evolp", p.kind());
        assertEquals(ws.datasets().get(0).name(), p.datasetName(), "trained on the imported dataset");
        assertEquals(List.of(new CompressionPreset("mobilenetv1", "simulated:nano", p.name(), 0.5, true, null)), host.presets);
        assertEquals(List.of(-1.0), host.runAfter, "the user presses Run");
        assertTrue(host.statuses.get(0).startsWith("Trained " + p.name()), host.statuses.toString());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void startingFromAnArchitectureReplacesWhatWasThere() throws Exception {
        model.starterProperty().set(smallStarter());
        controller.startFromChosen().get();
        controller.startFromChosen().get();
        assertEquals(1, ws.datasets().size(), "the workspace was emptied first");
        assertEquals(1, ws.predictors().size());
        assertEquals(List.of("starting from mobilenetv1", "starting from mobilenetv1"), host.asked);
    }

    @Test
    void cancellingTheUnsavedChangesQuestionLeavesTheWorkspaceAlone() throws Exception {
        model.starterProperty().set(smallStarter());
        controller.startFromChosen().get();
        host.discardable = false;
        CompletableFuture<ProjectLoad> demo = controller.classroomDemo();
        CompletableFuture<ProjectLoad> sample = controller.openSampleProject();
        assertFalse(demo.isDone() || sample.isDone(), "nothing happens after Cancel");
        assertEquals(1, ws.predictors().size());
        assertEquals(1, host.presets.size());
    }

    @Test
    void theSampleProjectOpensUntitledAndUnchangedOnTheFirstScreen() throws Exception {
        model.sampleDataProperty().set(SAMPLES);
        ProjectLoad load = controller.openSampleProject().get();
        assertEquals(List.of(), load.problems());
        assertEquals(load.project().datasets().size(), ws.datasets().size());
        assertFalse(ws.predictors().isEmpty());
        assertNull(ws.projectFileProperty().get(), "untitled: Save must not overwrite the shipped sample");
        assertFalse(ws.isDirty());
        assertEquals(List.of("showFirstScreen"), host.calls);
        assertTrue(host.presets.isEmpty());
    }

    @Test
    void theClassroomDemoEvolvesTheSamplePredictorAtTheDemoPace() throws Exception {
        model.sampleDataProperty().set(SAMPLES);
        ClassroomDemo fast = new ClassroomDemo(0.05, 0, 0.4);
        model.demoProperty().set(fast);
        controller.classroomDemo().get();
        assertEquals(List.of(fast.preset()), host.presets);
        assertEquals(List.of(0.0), host.runAfter, "no start delay: the loop starts at once");
        assertTrue(ws.predictors().stream().anyMatch(p -> p.name().equals(ClassroomDemo.PREDICTOR)),
                "the demo's predictor is in the sample project");
        assertTrue(host.statuses.isEmpty(), "the start-delay announcement only comes with a delay");

        model.demoProperty().set(ClassroomDemo.DEFAULT);
        controller.classroomDemo().get();
        assertEquals(3.0, host.runAfter.get(1));
        assertTrue(host.statuses.get(0).contains("starts in 3 s"), host.statuses.toString());
        assertEquals(1, host.statuses.size(), "the announcement stands until the loop runs");
    }

    @Test
    void theStartAnnouncementIsReplacedOnceTheLoopRuns() throws Exception {
        model.sampleDataProperty().set(SAMPLES);
        model.demoProperty().set(ClassroomDemo.DEFAULT);
        controller.classroomDemo().get();
        assertTrue(host.statuses.get(host.statuses.size() - 1).contains("starts in"), host.statuses.toString());
        host.started.complete(null); // the Compression screen's loop is running
        String now = host.statuses.get(host.statuses.size() - 1);
        assertEquals(WelcomeController.STARTED, now);
        assertFalse(now.contains("starts in"), now);
    }

    @Test
    void withoutSampleDataNothingIsStartedAndTheWorkspaceIsKept() {
        ws.addImported(sampleImport());
        model.sampleDataProperty().set(null);
        assertTrue(controller.startFromChosen().isCompletedExceptionally());
        assertTrue(controller.openSampleProject().isCompletedExceptionally());
        assertEquals(1, ws.datasets().size());
        assertTrue(host.presets.isEmpty());
    }

    @Test
    void refreshReadsTheRecentProjectsAndFindsTheSampleData() {
        host.recent = List.of(dir.resolve("a.evolp.json"), dir.resolve("b.evolp.json"));
        controller.refresh();
        assertEquals(host.recent, List.copyOf(model.recentProjects()));
        assertTrue(Files.isRegularFile(model.sampleDataProperty().get().resolve(SampleData.PROJECT)));
        assertFalse(model.samplesMissing().get());
    }

    @Test
    void theFileButtonsGoToTheWindowsActions() {
        controller.importDataset();
        controller.openProject();
        controller.openRecent(dir);
        assertEquals(List.of("importDataset", "openProject", "openRecent " + dir), host.calls);
    }

    private static io.evolp.workflow.DatasetImport.Imported sampleImport() {
        try {
            return io.evolp.workflow.DatasetImport.read(SAMPLES.resolve("vgg16-simulated-tx2.csv"), null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
