package io.evolp.ui.predictors;

import io.evolp.predict.curve.LearningCurve;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import io.evolp.workflow.LearningCurves;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.SegmentedButton;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The "Learning curve" tab driven like a user: pick kinds and sizes, run, read chart and table, export, cancel. */
@ExtendWith(ApplicationExtension.class)
class LearningCurveScreenTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private UiContext ctx;
    private PredictorsScreen screen;

    @Start
    void start(Stage stage) throws Exception {
        ctx = new UiContext(new Workspace(), new FxTaskRunner(dialogs), dialogs);
        screen = CurveStage.show(stage, ctx, "vgg-small");
    }

    @Test
    void runsTheCurveAndShowsItInChartAndTable(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.clickOn("Learning curve");
        SplitPane center = (SplitPane) ((javafx.scene.layout.BorderPane) screen.view()).getCenter();
        assertEquals(1, center.getItems().size(), "the comparison charts make room for the curve");
        assertNull(((javafx.scene.layout.BorderPane) screen.view()).getLeft(), "and so does the training column");
        assertEquals("vgg-small", screen.curveModel().target.get().name());
        robot.clickOn("#curve-kind-auto").clickOn("#curve-kind-lut").clickOn("#curve-kind-flops");
        assertEquals(List.of("lut", "flops"), List.copyOf(screen.curveModel().kinds));
        assertTrue(robot.lookup("#curve-kind-transfer").query().isDisabled(), "no source, no transfer");
        robot.doubleClickOn("#curve-sizes").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("10, 30, all").type(KeyCode.ENTER);
        @SuppressWarnings("unchecked") Spinner<Integer> seeds = robot.lookup("#curve-seeds").queryAs(Spinner.class);
        robot.clickOn(seeds.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("2").type(KeyCode.ENTER);
        assertEquals(2, screen.curveModel().seeds.get());
        robot.clickOn("#curve-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> screen.curveModel().result.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        LearningCurves.Result r = screen.curveModel().result.get();
        int all = r.trainRows();

        // The chart: one line per kind, the medians at exactly the sizes tried, the band their min–max.
        var chart = screen.curves().chart().chart();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals("lut", data.getSeriesKey(0));
        assertEquals("flops", data.getSeriesKey(1));
        List<LearningCurve.Point> flops = r.of("flops");
        for (int i = 0; i < 3; i++) {
            assertEquals(List.of(10, 30, all).get(i), (int) data.getXValue(1, i));
            assertEquals(flops.get(i).medianAcc10(), data.getYValue(1, i), 1e-12);
            assertEquals(flops.get(i).minAcc10(), data.getStartYValue(1, i), 1e-12);
            assertEquals(flops.get(i).maxAcc10(), data.getEndYValue(1, i), 1e-12);
        }
        assertInstanceOf(CurveAxis.class, chart.getXYPlot().getDomainAxis());
        assertEquals(List.of(10, 30, all), ((CurveAxis) chart.getXYPlot().getDomainAxis()).sizes());
        assertEquals("How many measured layers does each predictor need?", chart.getTitle().getText());

        // The table under it: the same numbers, rounded, "all" named.
        var rows = screen.curves().table().view().getItems();
        assertEquals(6, rows.size());
        assertEquals(new CurveTable.Row("flops", all + " (all)", CurveTable.pct(flops.get(2).medianAcc10()),
                CurveTable.pct(flops.get(2).minAcc10()) + " – " + CurveTable.pct(flops.get(2).maxAcc10()),
                CurveTable.pct(flops.get(2).medianMape()), CurveTable.pct(LearningCurves.minMape(flops.get(2))) + " – "
                + CurveTable.pct(LearningCurves.maxMape(flops.get(2))), String.valueOf(r.testRows())), rows.get(5));

        // MAPE instead of ±10 %.
        robot.clickOn("#curve-metric-mape");
        WaitForAsyncUtils.waitForFxEvents();
        var mape = (YIntervalSeriesCollection) screen.curves().chart().chart().getXYPlot().getDataset();
        assertEquals(flops.get(0).medianMape(), mape.getYValue(1, 0), 1e-12);

        // Export CSV: every point, full precision.
        dialogs.answerFile(dir.resolve("curve.csv"));
        robot.clickOn("#curve-export-csv");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("curve.csv"))
                && screen.curveModel().status.get().startsWith("Saved"));
        List<String> lines = Files.readAllLines(dir.resolve("curve.csv"));
        assertEquals(String.join(",", LearningCurves.CSV_HEADER), lines.get(0));
        assertEquals(7, lines.size());
        assertTrue(lines.get(6).startsWith("flops," + all + ",true," + r.testRows() + ",random,,"
                + flops.get(2).medianAcc10() + ","), lines.get(6));

        // A changed input marks the chart out of date.
        robot.clickOn("#curve-kind-gbt");
        assertTrue(robot.lookup("#curve-stale").query().isVisible());
        assertEquals(List.of(), controlsWithoutTooltip(screen.curves().view()));
        robot.clickOn("Per predictor");
        assertEquals(2, center.getItems().size());
        assertNotNull(((javafx.scene.layout.BorderPane) screen.view()).getLeft());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void aLongRunCanBeRestartedByNewInputsAndCancelled(FxRobot robot) throws Exception {
        robot.clickOn("Learning curve");
        robot.clickOn("#curve-kind-forest");
        robot.interact(() -> screen.curveModel().seeds.set(40));
        robot.clickOn("#curve-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.curveModel().running.get() != null);
        var first = screen.curveModel().running.get();
        robot.clickOn("#curve-kind-lut"); // latest wins: the running study is replaced by one with lut too
        WaitForAsyncUtils.waitForFxEvents();
        var second = screen.curveModel().running.get();
        assertNotNull(second);
        assertNotSame(first, second);
        assertTrue(screen.curveModel().status.get().contains("auto, forest, lut"), screen.curveModel().status.get());
        robot.clickOn("#curve-cancel");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> screen.curveModel().running.get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Cancelled.", screen.curveModel().status.get());
        assertNull(screen.curveModel().result.get());
        assertTrue(robot.lookup("#curve-cancel").query().isDisabled());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    /** Ids (or texts) of the tab's inputs and buttons that have no tooltip; a control's own parts are not walked. */
    static List<String> controlsWithoutTooltip(Node root) {
        List<String> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Node n, List<String> out) {
        if (n instanceof Control c) {
            boolean input = c instanceof ButtonBase || c instanceof ComboBoxBase || c instanceof Spinner
                    || c instanceof TextInputControl || c instanceof ProgressIndicator
                    || (c instanceof Label l && l.getStyle().isEmpty() && !l.isWrapText() && l.getId() == null);
            if (input && c.getTooltip() == null) out.add(c.getId() != null ? c.getId() : c.toString());
            if (!(c instanceof SplitPane || c instanceof SegmentedButton)) return;
        }
        if (n instanceof SplitPane sp) sp.getItems().forEach(i -> walk(i, out));
        else if (n instanceof SegmentedButton sb) sb.getButtons().forEach(b -> walk(b, out));
        else if (n instanceof Parent p) p.getChildrenUnmodifiable().forEach(c -> walk(c, out));
    }
}
