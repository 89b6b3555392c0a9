package io.evolp.ui.devices;

import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.predict.AutoPredictor;
import io.evolp.predict.transfer.TransferPredictor;
import io.evolp.task.ProgressMonitor;
import io.evolp.task.SyncTaskRunner;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.DeviceSetup;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

/** "Profile a new device" without a window: simulated devices, a synchronous runner, small budgets. */
class ProfileControllerTest {

    private final Workspace ws = new Workspace();
    private final ProfileModel model = new ProfileModel();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T10:15:00Z"), ZoneOffset.UTC);
    @TempDir Path dir;

    /** 300 rows of the simulated TX2 sample: the "known device" of these tests. */
    private void addSourceDataset() throws Exception {
        LayerDataset all = DatasetCsvReader.read(Path.of("sample-data/vgg16-simulated-tx2.csv"), null).dataset();
        LayerDataset some = all.subset(IntStream.range(0, 300).map(i -> i * 9).toArray());
        ws.datasets().add(new DatasetEntry("tx2", null, some, List.of(), 0));
    }

    private ProfileController controller(io.evolp.task.TaskRunner tasks, java.util.concurrent.Executor ui) {
        return new ProfileController(ws, tasks, ui, DeviceSetup::open, model, clock);
    }

    @Test
    void missingChoicesAreSaidInTheStateLine() {
        ProfileController c = controller(new SyncTaskRunner(), Runnable::run);
        c.start();
        assertEquals("Pick the device to profile.", model.state().get());
        assertTrue(model.stateError().get());
        model.device().set("simulated:nano");
        c.start();
        assertEquals("Choose the output CSV.", model.state().get());
        c.chooseOutput(dir.resolve("n.csv"));
        model.models().clear();
        c.start();
        assertEquals("Tick at least one model of interest.", model.state().get());
        model.models().add("vgg16");
        model.budget().set(0);
        c.start();
        assertEquals("Layers to measure must be at least 1, was 0", model.state().get());
        model.budget().set(10);
        model.base().set(ProfileModel.Base.predictor("gone"));
        c.start();
        assertTrue(model.state().get().contains("no longer in the workspace"), model.state().get());
        assertFalse(c.isRunning());
        assertTrue(ws.datasets().isEmpty());
    }

    @Test
    void aSourceThatLeftTheWorkspaceResetsToNoneWithANote() throws Exception {
        addSourceDataset();
        ProfileController c = controller(new SyncTaskRunner(), Runnable::run);
        ws.predictors().add(new PredictorEntry("lut · tx2", null, "tx2", 0, 1, null));
        model.base().set(ProfileModel.Base.predictor("lut · tx2"));
        c.sourcesChanged();
        assertEquals(ProfileModel.Base.predictor("lut · tx2"), model.base().get(), "still there: kept");
        ws.datasets().clear(); // its dataset going does not take the predictor with it
        c.sourcesChanged();
        assertEquals(ProfileModel.Base.predictor("lut · tx2"), model.base().get());
        ws.predictors().clear();
        c.sourcesChanged();
        assertEquals(ProfileModel.Base.NONE, model.base().get());
        assertEquals("Predictor lut · tx2 was removed from the workspace; Transfer from is reset to none (learn from scratch).",
                model.state().get());
        assertFalse(model.stateError().get(), "a note, not an error");
    }

    @Test
    void aFinishedProfileChartsEveryBatchAndAddsTheDatasetAndThePredictorItKept() throws Exception {
        addSourceDataset();
        ProfileController c = controller(new SyncTaskRunner(), Runnable::run);
        Path out = dir.resolve("nano.csv");
        model.device().set("simulated:nano");
        model.base().set(ProfileModel.Base.dataset("tx2"));
        model.budget().set(20);
        c.chooseOutput(out);
        c.start();
        assertTrue(model.state().get().startsWith("Stopped: the budget of 20 rows is reached"), model.state().get());
        assertEquals(List.of(10, 20), model.curve().stream().map(p -> p.rows()).toList());
        assertTrue(model.curve().get(1).cvMape() < 100);
        assertTrue(model.latest().get().startsWith("Batch 2: 20 layers measured — cross-validated MAPE "), model.latest().get());
        assertFalse(model.running().get());
        assertEquals(1.0, model.progress().get());
        assertEquals(2, ws.datasets().size());
        DatasetEntry d = ws.datasets().get(1);
        assertEquals("nano", d.name());
        assertEquals(20, d.dataset().size());
        assertEquals(out, d.source());
        PredictorEntry p = ws.predictors().get(0);
        // The campaign keeps what TransferOrScratch keeps — the transfer from tx2 or auto on the nano rows
        // alone, whichever cross-validates better on these 20 rows (which rows depends on the selector);
        // the entry is named after the predictor it holds.
        String kept = p.predictor() instanceof TransferPredictor t ? "transfer → " + t.method() : "auto → " + ((AutoPredictor) p.predictor()).chosenCandidate();
        assertEquals(kept + " · nano · 10:15", p.name());
        assertEquals("nano", p.datasetName());
        assertTrue(model.added().get().startsWith("Added dataset nano (20 rows) and predictor " + kept + " · nano · 10:15"),
                model.added().get());

        // Again on the same file with a larger budget: resumed, and the dataset entry replaced, not doubled.
        model.budget().set(30);
        c.chooseOutput(out);
        assertTrue(model.state().get().contains("Start resumes it"), model.state().get());
        c.start();
        assertEquals(List.of(20, 30), model.curve().stream().map(q -> q.rows()).toList());
        assertEquals(2, ws.datasets().size());
        assertEquals(30, ws.datasets().get(1).dataset().size());
        assertEquals(2, ws.predictors().size());
    }

    @Test
    void cancelKeepsTheMeasuredRowsAndAddsThePredictorOfTheLastBatch() throws Exception {
        AtomicBoolean cancel = new AtomicBoolean();
        SyncTaskRunner cancelling = new SyncTaskRunner(new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { }
            @Override public boolean isCancelled() { return cancel.get(); }
        });
        // Only the profile job is cancelled; reading the file back afterwards is a job of its own.
        io.evolp.task.TaskRunner tasks = new io.evolp.task.TaskRunner() {
            int submitted;
            @Override public <T> io.evolp.task.TaskHandle<T> submit(String title, io.evolp.task.Job<T> job) {
                return (submitted++ == 0 ? cancelling : new SyncTaskRunner()).submit(title, job);
            }
        };
        // The first batch's point reaching the model is when the user presses Cancel.
        ProfileController c = controller(tasks, r -> {
            r.run();
            if (!model.curve().isEmpty()) cancel.set(true);
        });
        Path out = dir.resolve("cpu.csv");
        model.device().set("simulated:cpu");
        model.budget().set(40);
        model.batch().set(8);
        c.chooseOutput(out);
        c.start();
        assertTrue(model.state().get().startsWith("Cancelled — every layer measured is in cpu.csv"), model.state().get());
        assertEquals(1, model.curve().size());
        assertFalse(model.running().get());
        assertEquals(8, DatasetCsvReader.read(out, null).dataset().size());
        assertEquals(8, ws.datasets().get(0).dataset().size());
        assertEquals("cpu", ws.datasets().get(0).name());
        assertEquals(1, ws.predictors().size());
        assertTrue(ws.predictors().get(0).name().matches("auto → [a-z/-]+ · cpu · 10:15"), ws.predictors().get(0).name());
        assertTrue(model.added().get().contains("(trained on 8 rows)"), model.added().get());
    }
}
