package io.evolp.ui.predictors;

import io.evolp.analysis.MatrixCells;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetLoadResult;
import io.evolp.predict.PredictorStore;
import io.evolp.task.ProgressMonitor;
import io.evolp.task.SyncTaskRunner;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.Workspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Predictors screen's actions without a window: a workspace, a synchronous runner, scripted dialogs. */
class PredictorsControllerTest {

    static final Path VGG = Path.of("sample-data/measured/vgg16-local-cpu.csv");

    private final Workspace workspace = new Workspace();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final PredictorsModel model = new PredictorsModel();
    private DatasetEntry vgg;

    @BeforeEach
    void openDataset() throws Exception {
        DatasetLoadResult r = DatasetCsvReader.read(VGG, null);
        vgg = new DatasetEntry("vgg16-local-cpu", VGG, r.dataset(), r.problems(), r.totalProblems());
        workspace.datasets().add(vgg);
        model.dataset.set(vgg);
        model.kinds.setAll("lut", "flops");
    }

    private PredictorsController controller(ProgressMonitor downstream) {
        return new PredictorsController(workspace, new SyncTaskRunner(downstream), dialogs, model);
    }

    @Test
    void trainingAddsOneEntryPerKindWithItsReport() {
        List<PredictorEntry> added = controller(ProgressMonitor.NONE).train().join();
        assertEquals(List.of("lut", "flops"), added.stream().map(PredictorEntry::kind).toList());
        assertEquals(added, List.copyOf(workspace.predictors()));
        for (PredictorEntry e : added) {
            assertEquals("vgg16-local-cpu", e.datasetName());
            assertEquals(0.2, e.testFraction(), 1e-12);
            assertEquals(1, e.seed());
            assertTrue(e.evaluation().overall().n() > 0 && e.evaluation().overall().n() < vgg.dataset().size());
            assertTrue(e.name().matches(e.kind() + " · vgg16-local-cpu · \\d\\d:\\d\\d"), e.name());
        }
        // Both kinds are tested on the very same held-out rows.
        assertEquals(List.of(added.get(0).evaluation().rows().length), List.of(added.get(1).evaluation().rows().length));
        assertEquals(added, List.copyOf(model.selected));
        assertNull(model.training.get());
        assertTrue(model.status.get().startsWith("Trained 2 predictors"), model.status.get());
    }

    @Test
    void cancelledTrainingAddsNothing() {
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { }
            @Override public boolean isCancelled() { return true; }
        };
        List<PredictorEntry> added = controller(cancelled).train().join();
        assertTrue(added.isEmpty());
        assertTrue(workspace.predictors().isEmpty());
        assertTrue(model.status.get().contains("cancelled"), model.status.get());
        assertNull(model.training.get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        PredictorsController c = controller(ProgressMonitor.NONE);
        model.seed.set("one");
        assertTrue(c.train().join().isEmpty());
        assertTrue(model.seedInvalid.get());
        assertTrue(model.status.get().contains("Seed: expected a whole number, found 'one'"), model.status.get());
        model.seed.set("1");
        model.kinds.clear();
        assertTrue(c.train().join().isEmpty());
        assertEquals("Tick at least one predictor kind.", model.status.get());
        assertTrue(workspace.predictors().isEmpty());
    }

    @Test
    void removeAsksFirstAndKeepsThePredictorsWhenDeclined() {
        PredictorsController c = controller(ProgressMonitor.NONE);
        List<PredictorEntry> added = c.train().join();
        model.selected.setAll(added.get(0));
        dialogs.answerConfirm(false);
        assertEquals(0, c.removeSelected());
        assertEquals(2, workspace.predictors().size());
        dialogs.answerConfirm(true);
        assertEquals(1, c.removeSelected());
        assertEquals(List.of(added.get(1)), List.copyOf(workspace.predictors()));
        assertTrue(model.selected.isEmpty());
    }

    @Test
    void savedPredictorLoadsBackEvaluatedOnAllRows(@TempDir Path dir) throws Exception {
        PredictorsController c = controller(ProgressMonitor.NONE);
        List<PredictorEntry> added = c.train().join();
        Path file = dir.resolve("lut.json");
        model.selected.setAll(added.get(0));
        dialogs.answerFile(file);
        assertEquals(file, c.save().join());
        assertTrue(Files.size(file) > 0);
        assertEquals("lut", PredictorStore.load(file).kind());
        dialogs.answerFile(file);
        PredictorEntry loaded = c.load().join();
        assertEquals(vgg.dataset().size(), loaded.evaluation().overall().n());
        assertEquals(3, workspace.predictors().size());
        assertEquals(List.of(loaded), List.copyOf(model.selected));
    }

    @Test
    void matrixHasACellPerTrainedKindOnTheDatasetsDeviceAndArchitecture() throws Exception {
        PredictorsController c = controller(ProgressMonitor.NONE);
        List<PredictorEntry> added = c.train().join();
        List<MatrixCells.Cell> cells = c.matrixJob().run(ProgressMonitor.NONE);
        // One architecture (vgg16) on one device: its cell and the device's pooled cell per kind.
        assertEquals(4, cells.size());
        MatrixCells.Cell lut = cells.get(0);
        assertEquals("lut", lut.kind());
        assertEquals(vgg.device(), lut.device());
        assertEquals("vgg16", lut.architecture());
        assertEquals(added.get(0).evaluation().overall().n(), lut.n());
        assertEquals(added.get(0).evaluation().overall().mape(), lut.mape(), 1e-9);
        assertEquals(added.get(0).evaluation().overall().acc10(), lut.acc10(), 1e-9);
        // A predictor whose dataset is gone cannot be joined back and is left out, not guessed.
        workspace.datasets().clear();
        assertFalse(c.matrixJob().run(ProgressMonitor.NONE).iterator().hasNext());
    }
}
