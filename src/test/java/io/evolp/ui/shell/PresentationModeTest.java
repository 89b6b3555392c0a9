package io.evolp.ui.shell;

import io.evolp.ui.charts.ChartPane;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text zoom and presentation mode, driven by the keys a user presses. */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        startShell(stage);
    }

    private double rootFont(FxRobot robot) {
        // A label of the status bar: its computed font is what the root's size gives every text.
        return robot.lookup("#status-text").queryAs(Label.class).getFont().getSize();
    }

    @Test
    void f11GoesFullScreenWithLargerTextAndBack(FxRobot robot) {
        double normal = rootFont(robot);
        assertEquals(13, normal, 0.01);
        robot.clickOn("#status-text").push(KeyCode.F11);
        waitFor(() -> stage.isFullScreen() && rootFont(robot) >= 19);
        assertTrue(window.zoom().presenting());
        assertTrue(stage.getScene().getRoot().getStyleClass().contains("presentation"));
        robot.push(KeyCode.F11);
        waitFor(() -> !stage.isFullScreen() && rootFont(robot) == normal);
        assertFalse(window.zoom().presenting());
        assertEquals(1.0, AppPreferences.load(window.preferences().file()).zoom(), "presentation's size is not remembered");
    }

    @Test
    void leavingFullScreenOtherwiseEndsPresentationMode(FxRobot robot) {
        fx(robot, () -> window.zoom().togglePresentation());
        waitFor(stage::isFullScreen);
        fx(robot, () -> stage.setFullScreen(false)); // what Esc does
        waitFor(() -> !window.zoom().presenting() && rootFont(robot) == 13);
    }

    @Test
    void ctrlPlusGrowsTheRootFontAndChartTextInEveryWindowAndIsRemembered(FxRobot robot) {
        AtomicReference<ChartPane> pane = new AtomicReference<>();
        AtomicReference<Stage> other = new AtomicReference<>();
        AtomicReference<JFreeChart> plain = new AtomicReference<>(); // in a plain viewer, as the Compression screen has
        fx(robot, () -> {
            ChartPane p = new ChartPane("zoom-chart", dialogs, tasks);
            XYPlot plot = new XYPlot(new XYSeriesCollection(), new NumberAxis("cin"), new NumberAxis("latency (ms)"),
                    new XYLineAndShapeRenderer());
            JFreeChart chart = new JFreeChart("Chart", plot);
            p.show(chart, () -> chart);
            Stage s = new Stage();
            s.initOwner(stage);
            plain.set(new JFreeChart("Plain", new XYPlot(new XYSeriesCollection(), new NumberAxis("step"),
                    new NumberAxis("ms"), new XYLineAndShapeRenderer())));
            org.jfree.chart.fx.ChartViewer v = new org.jfree.chart.fx.ChartViewer(plain.get());
            v.setMinHeight(400);
            s.setScene(new Scene(new javafx.scene.layout.VBox(p, v), 600, 1000));
            s.getScene().getStylesheets().setAll(stage.getScene().getStylesheets());
            s.show();
            p.setMinHeight(400); // tall enough to take the whole zoom (ChartFonts.fit)
            pane.set(p);
            other.set(s);
        });
        float axis = pane.get().chart().getXYPlot().getDomainAxis().getLabelFont().getSize2D();
        robot.clickOn("#status-text").push(KeyCode.CONTROL, KeyCode.EQUALS); // Ctrl+= is Ctrl+Plus on most keyboards
        waitFor(() -> rootFont(robot) == 15);
        waitFor(() -> pane.get().textFactor() > 1.1);
        float grown = pane.get().chart().getXYPlot().getDomainAxis().getLabelFont().getSize2D();
        assertEquals(axis * 15 / 13.0, grown, 0.01, "the chart's axis label follows the text size");
        assertEquals(1.15, AppPreferences.load(window.preferences().file()).zoom());
        assertEquals(axis * 15 / 13.0, plain.get().getXYPlot().getDomainAxis().getLabelFont().getSize2D(), 0.2,
                "a plain chart viewer follows too");

        robot.push(KeyCode.CONTROL, KeyCode.MINUS);
        waitFor(() -> rootFont(robot) == 13);
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS).push(KeyCode.CONTROL, KeyCode.EQUALS);
        waitFor(() -> rootFont(robot) == 17);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        waitFor(() -> rootFont(robot) == 13 && pane.get().textFactor() == 1.0);
        assertEquals(axis, pane.get().chart().getXYPlot().getDomainAxis().getLabelFont().getSize2D(), 0.01);
        assertEquals(axis, plain.get().getXYPlot().getDomainAxis().getLabelFont().getSize2D(), 0.01);
        fx(robot, () -> other.get().close());
    }

    @Test
    void escClosesTheUserGuideAndTheGlossaryAndZoomWorksThere(FxRobot robot) {
        robot.clickOn("#status-text").push(KeyCode.F1);
        waitFor(() -> helpWindow("user guide") != null);
        Stage guide = helpWindow("user guide");
        robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        waitFor(() -> guide.getScene().getRoot().getStyle().contains("15px"));
        robot.push(KeyCode.ESCAPE);
        waitFor(() -> !guide.isShowing());

        robot.clickOn("Help").clickOn("Glossary");
        waitFor(() -> helpWindow("glossary") != null);
        Stage glossary = helpWindow("glossary");
        assertTrue(glossary.getScene().getRoot().getStyle().contains("15px"), "a new window opens at the current size");
        robot.clickOn("#glossary-search").write("MAPE");
        waitFor(() -> robot.lookup("#glossary-list .guide-heading").queryAllAs(Label.class).stream()
                .map(Label::getText).toList().equals(java.util.List.of("MAPE")));
        robot.push(KeyCode.ESCAPE);
        waitFor(() -> !glossary.isShowing());
    }

    private static Stage helpWindow(String titlePart) {
        for (Window w : Window.getWindows()) {
            if (w instanceof Stage s && s.isShowing() && s.getTitle() != null && s.getTitle().contains(titlePart)) return s;
        }
        return null;
    }
}
