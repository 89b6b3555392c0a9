package io.evolp.ui.predictors;

import io.evolp.analysis.MatrixCells;
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
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accuracy matrix and the results table driven like a user: switch the metric, click a cell
 * and its scatter opens; a new result lands below the fold and is selected and scrolled to; the same
 * training run twice leaves one row.
 */
@ExtendWith(ApplicationExtension.class)
class AccuracyMatrixUserTest {

    private UiContext ctx;
    private PredictorsScreen screen;
    private DatasetEntry vgg;
    private final List<PredictorEntry> entries = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ctx = new UiContext(new Workspace(), new FxTaskRunner(dialogs), dialogs);
        screen = new PredictorsScreen(ctx);
        stage.setScene(new Scene((javafx.scene.Parent) screen.view(), 1280, 800));
        stage.show();
        vgg = open(Path.of("sample-data/measured/vgg16-local-cpu.csv"), 1);
        DatasetEntry tx2 = open(Path.of("sample-data/vgg16-simulated-tx2.csv"), 10);
        ctx.workspace().datasets().addAll(vgg, tx2);
        entries.add(trained("lut", vgg, 1));
        entries.add(trained("flops", vgg, 1));
        // Enough earlier results that a new one lands below the fold of the results table.
        for (int seed = 2; seed <= 14; seed++) entries.add(trained("flops", tx2, seed));
        ctx.workspace().predictors().addAll(entries);
    }

    private static DatasetEntry open(Path csv, int everyNth) throws Exception {
        LayerDataset all = DatasetCsvReader.read(csv, null).dataset();
        LayerDataset data = everyNth == 1 ? all : all.filter(r -> r % everyNth == 0);
        return new DatasetEntry(csv.getFileName().toString().replace(".csv", ""), csv, data, List.of(), 0);
    }

    private static PredictorEntry trained(String kind, DatasetEntry ds, long seed) {
        var t = TrainEvaluate.run(TrainEvaluate.Request.holdout(ds.dataset(), List.of(kind), 0.2, seed), ProgressMonitor.NONE).get(0);
        return new PredictorEntry(kind + " · " + ds.name() + " · seed " + seed, t.predictor(), ds.name(), 0.2, seed, t.report());
    }

    /** The on-screen matrix cell of a kind on a device/architecture. */
    private Node matrixCell(FxRobot robot, String kind, String architecture) {
        return robot.lookup(n -> n instanceof TableCell<?, ?> c && c.getItem() instanceof MatrixCells.Cell cell
                && cell.kind().equals(kind) && cell.architecture().equals(architecture) && cell.device().equals("local-cpu")).query();
    }

    private boolean starred(FxRobot robot, Node cell) {
        java.util.function.Predicate<Node> star = n -> n instanceof Label l && l.getText() != null && l.getText().startsWith("★");
        return robot.from(cell).lookup(star).tryQuery().isPresent();
    }

    @Test
    void switchTheMetricAndClickACellToOpenItsScatter(FxRobot robot) throws Exception {
        robot.clickOn("Matrix: kind × device");
        TableView<MatrixPane.KindRow> table = screen.matrix().table();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        var lut = entries.get(0).evaluation().overall();
        var flops = entries.get(1).evaluation().overall();
        boolean lutBetterMape = lut.mape() < flops.mape();
        assertEquals(lutBetterMape, starred(robot, matrixCell(robot, "lut", "vgg16")));
        assertEquals(!lutBetterMape, starred(robot, matrixCell(robot, "flops", "vgg16")));
        assertTrue(robot.from(matrixCell(robot, "lut", "vgg16")).lookup("n " + lut.n()).tryQuery().isPresent(), "n is shown");

        robot.clickOn("#metric-acc10");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PredictorsModel.Metric.ACC10, screen.model().metric.get());
        if (lut.acc10() != flops.acc10()) {
            assertEquals(lut.acc10() > flops.acc10(), starred(robot, matrixCell(robot, "lut", "vgg16")), "best follows the metric");
        }

        TabPane chartTabs = robot.lookup("#chart-tabs").query();
        robot.interact(() -> chartTabs.getSelectionModel().select(1));
        robot.clickOn(matrixCell(robot, "flops", "vgg16"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> screen.charts().model() != null
                && screen.charts().model().entries.equals(List.of(entries.get(1))));
        assertEquals(0, chartTabs.getSelectionModel().getSelectedIndex(), "the scatter tab comes to the front");
        assertEquals(List.of(entries.get(1)), List.copyOf(screen.accuracyTable().view().getSelectionModel().getSelectedItems()));
    }

    @Test
    void aNewResultIsSelectedAndScrolledToAndARetrainMergesIntoIt(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        var combo = (javafx.scene.control.ComboBox<DatasetEntry>) robot.lookup("#dataset-choice").query();
        robot.interact(() -> combo.getSelectionModel().select(vgg));
        robot.clickOn("#kind-auto"); // untick the default
        robot.clickOn("#kind-lut");
        robot.interact(() -> robot.lookup("#seed").queryAs(javafx.scene.control.TextField.class).setText("7"));
        robot.clickOn("#train");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> ctx.workspace().predictors().size() == entries.size() + 1);
        PredictorEntry fresh = ctx.workspace().predictors().get(entries.size());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<PredictorEntry> results = screen.accuracyTable().view();
        assertEquals(List.of(fresh), List.copyOf(results.getSelectionModel().getSelectedItems()));
        assertTrue(rowInView(robot, results, fresh), "the new result is scrolled into view");

        robot.clickOn("#train");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> screen.model().training.get() == null
                && ctx.workspace().predictors().get(entries.size()) != fresh);
        assertEquals(entries.size() + 1, ctx.workspace().predictors().size(), "the identical rerun replaced the earlier row");
        assertFalse(ctx.workspace().predictors().contains(fresh));
    }

    private static boolean rowInView(FxRobot robot, TableView<PredictorEntry> table, PredictorEntry e) {
        Bounds view = table.localToScreen(table.getBoundsInLocal());
        return robot.lookup(n -> n instanceof TableRow<?> r && r.getItem() == e && r.isVisible()).tryQuery()
                .map(r -> {
                    Bounds b = r.localToScreen(r.getBoundsInLocal());
                    return b.getMinY() >= view.getMinY() && b.getMaxY() <= view.getMaxY();
                }).orElse(false);
    }
}
