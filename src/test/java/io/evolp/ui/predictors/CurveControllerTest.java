package io.evolp.ui.predictors;

import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.predict.curve.LearningCurve;
import io.evolp.task.ProgressMonitor;
import io.evolp.task.SyncTaskRunner;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.workflow.LearningCurves;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The learning-curve tab's actions without a window: a synchronous runner and scripted dialogs. */
class CurveControllerTest {

    private static DatasetEntry small, other;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CurveModel model = new CurveModel();

    @BeforeAll
    static void open() throws Exception {
        LayerDataset vgg = DatasetCsvReader.read(PredictorsControllerTest.VGG, null).dataset();
        small = new DatasetEntry("vgg-small", null, vgg.filter(r -> r % 4 == 0), List.of(), 0);
        other = new DatasetEntry("vgg-other", null, vgg.filter(r -> r % 4 == 1).withDevice("other-board"), List.of(), 0);
    }

    private CurveController controller(ProgressMonitor downstream) {
        CurveController c = new CurveController(new SyncTaskRunner(downstream), dialogs, model);
        model.target.set(small);
        model.kinds.setAll("lut", "flops");
        model.sizes.set("10, 30, all");
        model.seeds.set(2);
        return c;
    }

    @Test
    void runFillsTheModelWithOnePointPerKindAndSize() {
        LearningCurves.Result r = controller(ProgressMonitor.NONE).run().join();
        assertNotNull(r);
        assertSame(r, model.result.get());
        assertNull(model.running.get());
        assertFalse(model.stale.get());
        assertEquals(List.of(10, 30, r.trainRows()), r.of("flops").stream().map(LearningCurve.Point::rows).toList());
        assertEquals(6, r.points().size());
        assertEquals(LearningCurves.trainRows(small.dataset(), CurveController.HOLDOUT, CurveController.SEED), r.trainRows());
        assertTrue(model.status.get().startsWith("vgg-small: tested on " + r.testRows() + " held-out rows; all = "
                + r.trainRows() + " training rows. Best at 10 rows: "), model.status.get());
        // The table shows the same numbers, rounded.
        List<CurveTable.Row> rows = CurveTable.rows(r);
        assertEquals("lut", rows.get(0).kind());
        assertEquals(r.trainRows() + " (all)", rows.get(2).rows());
        assertEquals(CurveTable.pct(r.points().get(0).medianAcc10()), rows.get(0).acc10());
    }

    @Test
    void badInputsAreRefusedWithAMessageAndNothingRuns() {
        CurveController c = controller(ProgressMonitor.NONE);
        model.sizes.set("10, ten");
        assertNull(c.run().join());
        assertEquals("Sizes are positive row counts or 'all', not 'ten'.", model.status.get());
        model.sizes.set("10");
        model.kinds.clear();
        assertNull(c.run().join());
        assertEquals("Tick at least one predictor kind.", model.status.get());
        model.kinds.setAll("transfer");
        assertNull(c.run().join());
        assertTrue(model.status.get().startsWith("Transfer needs a source device"), model.status.get());
        model.target.set(null);
        assertNull(c.run().join());
        assertTrue(model.status.get().startsWith("Choose the dataset"), model.status.get());
        assertNull(model.result.get());
    }

    @Test
    void aSourceBuiltFromTheTargetItselfIsRefused() {
        CurveController c = controller(ProgressMonitor.NONE);
        model.source.set(new CurveModel.Source(small, null));
        assertNull(c.run().join());
        assertTrue(model.status.get().contains("built from vgg-small itself"), model.status.get());
        PredictorEntry fromTarget = new PredictorEntry("lut · vgg-small", null, "vgg-small", 0.2, 1, null);
        model.source.set(new CurveModel.Source(null, fromTarget));
        assertNull(c.run().join());
        assertTrue(model.status.get().contains("itself"), model.status.get());
    }

    @Test
    void pickingASourceTicksTransferAndDroppingItRemovesTransferAndActive() {
        CurveController c = controller(ProgressMonitor.NONE);
        model.source.set(new CurveModel.Source(other, null));
        assertEquals(List.of("lut", "flops", "transfer"), List.copyOf(model.kinds));
        model.active.set(true);
        model.kinds.setAll("transfer");
        LearningCurves.Result r = c.run().join();
        assertNotNull(r, model.status.get());
        assertTrue(r.request().active());
        assertEquals("vgg-other (" + other.dataset().size() + " rows of 'other-board', gbt)", r.sourceName());
        assertEquals("transfer from vgg-other", CurveChart.label("transfer", r));
        assertTrue(CurveChart.subtitle(r).endsWith("; source " + r.sourceName()), CurveChart.subtitle(r));
        model.source.set(CurveModel.Source.NONE);
        assertTrue(model.kinds.isEmpty());
        assertFalse(model.active.get());
        assertTrue(model.stale.get(), "the chart no longer matches the inputs");
    }

    @Test
    void aReplacedSourceIsFollowedAndRemovedTargetAndSourceGetOneNote() {
        CurveController c = controller(ProgressMonitor.NONE);
        model.source.set(new CurveModel.Source(other, null));
        assertNotNull(c.run().join());
        c.workspaceChanged(List.of(small, other), List.of());
        assertEquals(new CurveModel.Source(other, null), model.source.get(), "nothing removed, nothing reset");
        // Datasets ▸ device renamed: the entry is replaced by one of the same name, and the choice follows it.
        DatasetEntry renamed = new DatasetEntry("vgg-other", null, other.dataset().withDevice("board-2"), List.of(), 0);
        c.workspaceChanged(List.of(small, renamed), List.of());
        assertEquals(new CurveModel.Source(renamed, null), model.source.get());
        assertTrue(model.kinds.contains("transfer"));
        assertEquals("The source to transfer from, dataset vgg-other (other-board), changed in the workspace; Transfer from "
                + "follows it.", model.status.get());
        c.workspaceChanged(List.of(), List.of()); // as "close all datasets"
        assertNull(model.target.get());
        assertEquals(CurveModel.Source.NONE, model.source.get());
        assertEquals(List.of("lut", "flops"), List.copyOf(model.kinds), "transfer went with its source");
        assertEquals("vgg-small was removed from the workspace; open a dataset to choose a target. The source to transfer "
                + "from, dataset vgg-other (board-2), was removed from the workspace; Transfer from is reset to none, so "
                + "transfer and active rows are off.", model.status.get());
        assertTrue(model.stale.get());
    }

    @Test
    void cancelledRunKeepsThePreviousResult() {
        controller(ProgressMonitor.NONE).run().join();
        LearningCurves.Result before = model.result.get();
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { }
            @Override public boolean isCancelled() { return true; }
        };
        CurveController c = new CurveController(new SyncTaskRunner(cancelled), dialogs, model);
        model.seeds.set(3);
        assertNull(c.run().join());
        assertSame(before, model.result.get());
        assertEquals("Cancelled — the previous curves are kept.", model.status.get());
        assertNull(model.running.get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void exportWritesEverySeedAtFullPrecision(@TempDir Path dir) throws Exception {
        CurveController c = controller(ProgressMonitor.NONE);
        assertNull(c.exportCsv().join());
        assertTrue(model.status.get().startsWith("Run a learning curve first"));
        LearningCurves.Result r = c.run().join();
        dialogs.answerFile(dir.resolve("curve"));
        Path saved = c.exportCsv().join();
        assertEquals(dir.resolve("curve.csv"), saved);
        List<String> lines = Files.readAllLines(saved);
        assertEquals(String.join(",", LearningCurves.CSV_HEADER), lines.get(0));
        assertEquals(1 + r.points().size(), lines.size());
        LearningCurve.Point p = r.points().get(0);
        assertTrue(lines.get(1).startsWith("lut,10,false," + r.testRows() + ",random,," + p.medianAcc10() + ","), lines.get(1));
        assertEquals("Saved the learning curve to curve.csv.", model.status.get());
    }
}
