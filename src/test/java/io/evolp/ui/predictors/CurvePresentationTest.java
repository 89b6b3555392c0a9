package io.evolp.ui.predictors;

import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
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
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learning-curve tab at presentation mode's text size: the chart takes the height, its text grows. */
@ExtendWith(ApplicationExtension.class)
class CurvePresentationTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private PredictorsScreen screen;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        screen = CurveStage.show(stage, new UiContext(new Workspace(), new FxTaskRunner(dialogs), dialogs), "vgg-small");
        scene = stage.getScene();
    }

    @Test
    void atPresentationSizeTheChartGetsTheHeightAndLargerText(FxRobot robot) throws Exception {
        robot.interact(() -> scene.getRoot().setStyle("-fx-font-size: 19.5px;")); // presentation mode's 150 %
        robot.clickOn("Learning curve");
        robot.interact(() -> {
            screen.curveModel().kinds.setAll("lut", "flops");
            screen.curveModel().sizes.set("10, 30, all");
            screen.curveModel().seeds.set(2);
        });
        assertTrue(robot.lookup("#curve-question").query().isVisible());
        robot.clickOn("#curve-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> screen.curveModel().result.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#curve-question").query().isVisible(), "the chart's title asks it now");

        var viewer = screen.curves().chart().viewer();
        var tableView = screen.curves().table().view();
        double body = viewer.getHeight() + tableView.getHeight();
        assertTrue(viewer.getHeight() > 2.5 * tableView.getHeight(), "chart " + viewer.getHeight() + " px, table " + tableView.getHeight());
        assertTrue(tableView.getHeight() >= (ChartOverTable.HEADER_EM + 2 * ChartOverTable.ROW_EM) * 19.5 - 1,
                "the table keeps its header and two rows: " + tableView.getHeight() + " of " + body);
        // The chart's text follows the zoom as far as its height allows (ChartFonts.fit): at this window's
        // chart height (350–400 px) the whole 150 %, 14 pt → 21 pt.
        float title = screen.curves().chart().chart().getTitle().getFont().getSize2D();
        System.out.printf("presentation: viewer %.0f px, table %.0f px, title %.1f pt%n", viewer.getHeight(), tableView.getHeight(), title);
        assertTrue(viewer.getHeight() >= 350, "viewer " + viewer.getHeight() + " px");
        assertEquals(21, title, 0.01, "title at viewer " + viewer.getHeight() + " px");
        String dir = System.getProperty("screenshots.dir");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            var img = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", Path.of(dir, "curve-presentation.png").toFile());
        }
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void theTableTakesWhatItsRowsNeedUpToAQuarter() {
        assertEquals(1 - (2.2 * 13 + 2 * 1.9 * 13 + 2) / 600, ChartOverTable.divider(600, 13, 0), 1e-9);
        assertEquals(0.75, ChartOverTable.divider(600, 13, 30), 1e-9); // many rows: a quarter, the table scrolls
        double tiny = ChartOverTable.divider(150, 19.5, 30);
        assertEquals(0.5, tiny, 1e-9); // never more than half, whatever the text size
    }
}
