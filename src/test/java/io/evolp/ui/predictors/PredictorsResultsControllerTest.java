package io.evolp.ui.predictors;

import io.evolp.analysis.MatrixCells;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetLoadResult;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Result names, merging of identical retrains and the matrix's cell actions, without a window. */
class PredictorsResultsControllerTest {

    private final Workspace workspace = new Workspace();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final PredictorsModel model = new PredictorsModel();
    private Instant now = Instant.parse("2026-01-01T15:04:00Z");
    private final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };
    private PredictorsController controller;

    @BeforeEach
    void openDataset() throws Exception {
        Path csv = PredictorsControllerTest.VGG;
        DatasetLoadResult r = DatasetCsvReader.read(csv, null);
        DatasetEntry vgg = new DatasetEntry("vgg16-local-cpu", csv, r.dataset(), r.problems(), r.totalProblems());
        workspace.datasets().add(vgg);
        model.dataset.set(vgg);
        model.kinds.setAll("lut", "flops");
        controller = new PredictorsController(workspace, new SyncTaskRunner(ProgressMonitor.NONE), dialogs, model, clock);
    }

    private List<String> names() {
        return workspace.predictors().stream().map(PredictorEntry::name).toList();
    }

    @Test
    void resultsAreNamedKindDatasetTime() {
        controller.train().join();
        assertEquals(List.of("lut · vgg16-local-cpu · 15:04", "flops · vgg16-local-cpu · 15:04"), names());
    }

    @Test
    void anIdenticalRetrainReplacesTheEarlierResultInItsRow() {
        List<PredictorEntry> first = controller.train().join();
        now = now.plusSeconds(600);
        List<PredictorEntry> second = controller.train().join();
        assertEquals(2, workspace.predictors().size(), "same kinds, data, split and seed: merged, not piled up");
        assertEquals(List.of("lut · vgg16-local-cpu · 15:14", "flops · vgg16-local-cpu · 15:14"), names());
        assertNotSame(first.get(0), workspace.predictors().get(0));
        assertEquals(second, List.copyOf(workspace.predictors()));
        assertEquals(second, List.copyOf(model.selected), "the rerun's results are selected");
        assertTrue(model.status.get().contains("2 replaced an identical earlier run"), model.status.get());

        // Within the same minute the name stays as it was (no "(2)").
        controller.train().join();
        assertEquals(List.of("lut · vgg16-local-cpu · 15:14", "flops · vgg16-local-cpu · 15:14"), names());
    }

    @Test
    void anotherSeedOrSplitIsANewResult() {
        controller.train().join();
        model.seed.set("2");
        controller.train().join();
        model.holdout.set(0.3);
        controller.train().join();
        assertEquals(6, workspace.predictors().size());
        // Same kind, dataset and minute but another seed: the name is made unique, not reused.
        assertEquals("lut · vgg16-local-cpu · 15:04 (2)", workspace.predictors().get(2).name());
    }

    @Test
    void openingACellSelectsThePredictorsBehindIt() {
        List<PredictorEntry> added = controller.train().join();
        List<MatrixCells.Cell> cells = controller.matrixJob().run(ProgressMonitor.NONE);
        MatrixCells.Cell flopsVgg = cells.stream().filter(c -> c.kind().equals("flops") && !c.pooled()).findFirst().orElseThrow();
        model.selected.clear();
        controller.openCell(flopsVgg);
        assertEquals(List.of(added.get(1)), List.copyOf(model.selected));
        assertTrue(model.status.get().startsWith("Showing flops on local-cpu / vgg16"), model.status.get());
        MatrixCells.Cell elsewhere = new MatrixCells.Cell("flops", "local-cpu", "resnet50", 1, 1, 1);
        assertEquals(List.of(), controller.entriesOf(elsewhere), "another architecture's cell has other predictors");
    }

    @Test
    void matrixExportWritesTheCellsShown(@TempDir Path dir) throws Exception {
        controller.train().join();
        List<MatrixCells.Cell> cells = controller.matrixJob().run(ProgressMonitor.NONE);
        Path file = dir.resolve("m.csv");
        dialogs.answerFile(file);
        assertEquals(file, controller.exportMatrix(cells, PredictorsModel.Metric.MAPE).join());
        List<String> lines = Files.readAllLines(file);
        assertEquals(String.join(",", MatrixCsv.HEADER), lines.get(0));
        assertEquals(cells.size() + 1, lines.size());
        assertTrue(lines.get(1).startsWith("lut,local-cpu,vgg16," + cells.get(0).n() + "," + cells.get(0).mape()), lines.get(1));
    }
}
