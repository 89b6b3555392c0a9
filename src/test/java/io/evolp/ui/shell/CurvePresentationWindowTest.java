package io.evolp.ui.shell;

import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.ui.charts.ChartFonts;
import io.evolp.ui.charts.ChartPane;
import io.evolp.ui.workspace.DatasetEntry;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The learning curve in the main window in presentation mode (full screen, 150 % text), as a class sees
 * it: the chart's text takes as much of the zoom as its height allows ({@link ChartFonts#fit}), and more
 * than before. With {@code -Dscreenshots.dir=…} it also writes the PNG.
 */
@ExtendWith(ApplicationExtension.class)
class CurvePresentationWindowTest extends ShellTestBase {

    @Start
    void start(Stage stage) throws Exception {
        startShell(stage);
        LayerDataset vgg = DatasetCsvReader.read(SAMPLES.resolve("measured/vgg16-local-cpu.csv"), null).dataset();
        ws.datasets().add(new DatasetEntry("vgg-cpu", null, vgg.filter(r -> r % 4 == 0), List.of(), 0));
        ws.datasets().add(new DatasetEntry("vgg-other", null, vgg.filter(r -> r % 4 == 1).withDevice("other-board"), List.of(), 0));
    }

    @Test
    void theCurveChartTextFollowsThePresentationZoom(FxRobot robot) throws Exception {
        fx(robot, () -> window.zoom().togglePresentation());
        waitFor(stage::isFullScreen);
        robot.clickOn("#nav-predictors");
        robot.clickOn("Learning curve");
        fx(robot, () -> {
            robot.lookup("#curve-kind-auto").queryAs(CheckBox.class).setSelected(false); // quick kinds only
            robot.lookup("#curve-kind-flops").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#curve-kind-lut").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#curve-seeds").queryAs(Spinner.class).getValueFactory().setValue(2);
            robot.lookup("#curve-sizes").queryAs(TextField.class).setText("10, 30, all");
        });
        robot.clickOn("#curve-run");
        ChartPane pane = robot.lookup("#curve-chart").queryAs(ChartPane.class);
        waitFor(() -> pane.chart() != null, 180); // a shared, loaded machine
        double h = pane.viewer().getHeight();
        float title = pane.chart().getTitle().getFont().getSize2D();
        System.out.printf("main window %.0fx%.0f in presentation mode: chart %.0f px tall, title %.1f pt (zoom %.2f drawn %.2f)%n",
                stage.getWidth(), stage.getHeight(), h, title, pane.textFactor(), ChartFonts.fit(pane.textFactor(), h));
        assertEquals(TextZoom.px(TextZoom.PRESENTATION) / 13.0, pane.textFactor(), 1e-9);
        assertEquals(14 * ChartFonts.fit(pane.textFactor(), h), title, 0.01, "the title takes the zoom the chart's height allows");
        assertTrue(title > 14, "larger than normal (the 300 px rule before gave 14 pt below 300 px): " + title + " pt at " + h + " px");
        // Hiding the inputs gives the chart their room, and its text takes more of the zoom.
        robot.clickOn("#curve-inputs-toggle");
        waitFor(() -> pane.viewer().getHeight() > h + 60);
        assertFalse(robot.lookup("#curve-run").query().getParent().isVisible(), "the inputs' rows are hidden");
        double taller = pane.viewer().getHeight();
        waitFor(() -> pane.chart().getTitle().getFont().getSize2D() > title);
        System.out.printf("inputs hidden: chart %.0f px tall, title %.1f pt%n", taller, pane.chart().getTitle().getFont().getSize2D());
        snapshot("curve-presentation-window-inputs-hidden.png");
        javafx.scene.control.ToggleButton toggle = robot.lookup("#curve-inputs-toggle").queryAs(javafx.scene.control.ToggleButton.class);
        assertEquals("Show inputs", toggle.getText());
        assertEquals(toggle.getText(), ((Text) toggle.lookup(".text")).getText(), "drawn whole, not cut to …");
        robot.clickOn("#curve-inputs-toggle");
        waitFor(() -> robot.lookup("#curve-run").query().getParent().isVisible());
        Spinner<?> seeds = robot.lookup("#curve-seeds").queryAs(Spinner.class);
        assertEquals("2", seeds.getEditor().getText());
        assertTrue(seeds.getEditor().getWidth() >= 2 * 20, "the seeds field has room for its number: " + seeds.getEditor().getWidth());

        // Transfer from a dataset that is then removed: the note says so, whole, not cut to one line.
        robot.clickOn("#curve-source").clickOn("dataset vgg-other (other-board)");
        fx(robot, () -> ws.datasets().remove(1));
        Label status = robot.lookup("#curve-status").queryAs(Label.class);
        waitFor(() -> status.getText().startsWith("The source to transfer from, dataset vgg-other (other-board), was removed"));
        assertEquals(status.getText(), ((Text) status.lookup(".text")).getText(), "drawn whole");
        snapshot("curve-presentation-window.png");
        assertTrue(dialogs.scripted.errors.isEmpty(), dialogs.scripted.errors.toString());
    }

    private void snapshot(String name) throws Exception {
        String dir = System.getProperty("screenshots.dir");
        if (dir == null) return;
        Files.createDirectories(Path.of(dir));
        var img = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", Path.of(dir, name).toFile());
    }
}
