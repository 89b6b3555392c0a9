package io.evolp.ui.predictors;

import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.task.ProgressMonitor;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import io.evolp.workflow.TrainEvaluate;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The accuracy matrix as a user sees it: predictors of two kinds on two devices (two architectures
 * on one of them) give one row per kind with the predictors' own MAPE in their cells; the metric
 * switch shows ±10 %; unchecking a kind in the filter removes its row.
 */
@ExtendWith(ApplicationExtension.class)
class AccuracyMatrixPaneTest {

    private UiContext ctx;
    private PredictorsScreen screen;
    private Scene scene;
    private final List<PredictorEntry> entries = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ctx = new UiContext(new Workspace(), new FxTaskRunner(dialogs), dialogs);
        screen = new PredictorsScreen(ctx);
        scene = new Scene((javafx.scene.Parent) screen.view(), 1240, 780);
        stage.setScene(scene);
        stage.show();
        DatasetEntry vgg = open(Path.of("sample-data/measured/vgg16-local-cpu.csv"), 1);
        DatasetEntry resnet = open(Path.of("sample-data/measured/resnet50-local-cpu.csv"), 1);
        DatasetEntry tx2 = open(Path.of("sample-data/vgg16-simulated-tx2.csv"), 10);
        entries.add(trained("lut", vgg));
        entries.add(trained("lut", resnet));
        entries.add(trained("flops", tx2));
        ctx.workspace().datasets().addAll(vgg, resnet, tx2);
        ctx.workspace().predictors().addAll(entries);
    }

    private static DatasetEntry open(Path csv, int everyNth) throws Exception {
        LayerDataset all = DatasetCsvReader.read(csv, null).dataset();
        LayerDataset data = everyNth == 1 ? all : all.filter(r -> r % everyNth == 0); // small keeps the test quick
        return new DatasetEntry(csv.getFileName().toString().replace(".csv", ""), csv, data, List.of(), 0);
    }

    private static PredictorEntry trained(String kind, DatasetEntry ds) {
        var t = TrainEvaluate.run(TrainEvaluate.Request.holdout(ds.dataset(), List.of(kind), 0.2, 1), ProgressMonitor.NONE).get(0);
        return new PredictorEntry(kind + " · " + ds.name(), t.predictor(), ds.name(), 0.2, 1, t.report());
    }

    private String cell(TableView<MatrixPane.KindRow> table, String kind, String columnId) {
        for (TableColumn<MatrixPane.KindRow, ?> device : table.getColumns()) {
            for (TableColumn<MatrixPane.KindRow, ?> c : device.getColumns()) {
                if (!columnId.equals(c.getId())) continue;
                for (MatrixPane.KindRow row : table.getItems()) {
                    if (!row.kind().equals(kind)) continue;
                    var value = (io.evolp.analysis.MatrixCells.Cell) c.getCellData(row);
                    return value == null ? null : MatrixPane.text(value, screen.model().metric.get());
                }
            }
        }
        throw new AssertionError("no column " + columnId + " / row " + kind);
    }

    @Test
    void showsTheCellsOfThePredictorsAndFiltersKinds(FxRobot robot) throws Exception {
        robot.clickOn("Matrix: kind × device");
        TableView<MatrixPane.KindRow> table = screen.matrix().table();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("lut", "flops"), table.getItems().stream().map(MatrixPane.KindRow::kind).toList());
        assertEquals(List.of("Predictor kind", "local-cpu", "simulated-tx2"), table.getColumns().stream().map(TableColumn::getText).toList());
        assertEquals(List.of("vgg16", "resnet50", "all"), table.getColumns().get(1).getColumns().stream().map(TableColumn::getText).sorted(
                (a, b) -> a.equals("all") ? 1 : b.equals("all") ? -1 : b.compareTo(a)).toList());
        assertEquals(Fmt.pct(entries.get(0).evaluation().overall().mape()) + " %", cell(table, "lut", "matrix-local-cpu-vgg16"));
        assertEquals(Fmt.pct(entries.get(1).evaluation().overall().mape()) + " %", cell(table, "lut", "matrix-local-cpu-resnet50"));
        assertEquals(Fmt.pct(entries.get(2).evaluation().overall().mape()) + " %", cell(table, "flops", "matrix-simulated-tx2-vgg16"));
        assertNull(cell(table, "flops", "matrix-local-cpu-vgg16"), "no flops predictor on local-cpu: an empty cell, not a zero");

        snap("predictors-matrix-mape.png");
        robot.clickOn("#metric-acc10");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f %%", entries.get(2).evaluation().overall().acc10()),
                cell(table, "flops", "matrix-simulated-tx2-vgg16"));
        snap("predictors-matrix-acc10.png");

        robot.clickOn("#matrix-kinds");
        Node flops = robot.lookup(n -> n instanceof CheckBoxListCell<?> c && "flops".equals(c.getText())).query();
        robot.clickOn(flops);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("lut"), table.getItems().stream().map(MatrixPane.KindRow::kind).toList());

        // Only devices with a shown kind keep a column: flops was the only kind on simulated-tx2.
        assertEquals(List.of("Predictor kind", "local-cpu"), table.getColumns().stream().map(TableColumn::getText).toList());

        // A recomputation (a predictor removed) keeps the user's unchecked kind unchecked.
        robot.interact(() -> ctx.workspace().predictors().remove(entries.get(1)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getColumns().size() == 2
                && table.getColumns().get(1).getColumns().size() == 1);
        assertEquals(List.of("lut"), table.getItems().stream().map(MatrixPane.KindRow::kind).toList());
    }

    private void snap(String name) throws Exception {
        String dir = System.getProperty("screenshots.dir");
        if (dir == null) return;
        Files.createDirectories(Path.of(dir));
        var img = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", Path.of(dir, name).toFile());
    }
}
