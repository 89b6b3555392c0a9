package io.evolp.ui.predictors;

import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetLoadResult;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
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

/**
 * Writes screenshots of the Predictors screen with the sample data, all four kinds trained, for
 * looking at layout and charts. Only runs when asked:
 * {@code mvn -o test -Dtest=PredictorsScreenshotTest -Dscreenshots.dir=target/screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
class PredictorsScreenshotTest {

    private static final String THEME = System.getProperty("screenshots.theme", "light");
    private PredictorsScreen screen;
    private Scene scene;
    private UiContext ctx;

    @Start
    void start(Stage stage) throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ctx = new UiContext(new Workspace(), new FxTaskRunner(dialogs), dialogs);
        Path csv = PredictorsScreenTest.SAMPLE;
        DatasetLoadResult r = DatasetCsvReader.read(csv, null);
        ctx.workspace().datasets().add(new DatasetEntry("mobilenetv1-simulated-nano", csv, r.dataset(), r.problems(), r.totalProblems()));
        screen = new PredictorsScreen(ctx);
        scene = new Scene((javafx.scene.Parent) screen.view(), 1280, 800);
        // -Dscreenshots.theme=dark for the dark theme (the shell's stylesheets, by resource name).
        scene.getStylesheets().add(getClass().getResource("/io/evolp/ui/" + THEME + ".css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void writeScreenshots(FxRobot robot) throws Exception {
        String dir = System.getProperty("screenshots.dir");
        Assumptions.assumeTrue(dir != null, "set -Dscreenshots.dir to write screenshots");
        Path out = Path.of(dir);
        Files.createDirectories(out);
        for (String k : new String[]{"#kind-lut", "#kind-flops", "#kind-forest"}) robot.clickOn(k);
        robot.clickOn("#train");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> ctx.workspace().predictors().size() == 4);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.charts().model() != null
                && screen.charts().model().entries.size() == 4);
        // Click the point nearest the middle of the data area so the details pane is filled.
        var pane = screen.charts().scatterPane();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pane.chart() == screen.charts().model().scatter.chart()
                && pane.dataArea() != null);
        var area = pane.dataArea();
        var p = screen.charts().model().scatter.screenPosition(area, 0, 100);
        robot.clickOn(WaitForAsyncUtils.asyncFx(() -> pane.viewer().getCanvas().localToScreen(p.getX(), p.getY())).get());
        WaitForAsyncUtils.waitForFxEvents();
        snap(out.resolve("predictors-scatter.png"));
        robot.clickOn("Matrix: kind × device");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !screen.matrix().table().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        snap(out.resolve("predictors-matrix.png"));
        robot.clickOn("Per predictor");
        TabPane tabs = robot.lookup("#chart-tabs").query();
        for (int i = 1; i < 3; i++) {
            int tab = i;
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            snap(out.resolve(tab == 1 ? "predictors-cdf.png" : "predictors-keys.png"));
        }
        // The same comparison drawn as a density raster (threshold lowered to below the point count).
        robot.interact(() -> {
            tabs.getSelectionModel().select(0);
            screen.charts().setRasterThreshold(1000);
            screen.charts().update(screen.accuracyTable().view().getSelectionModel().getSelectedItems());
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> screen.charts().model().scatter.usesRaster()
                && pane.chart() == screen.charts().model().scatter.chart());
        WaitForAsyncUtils.waitForFxEvents();
        snap(out.resolve("predictors-raster.png"));
    }

    private void snap(Path file) throws Exception {
        var img = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        String name = file.getFileName().toString().replace(".png", "-" + THEME + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.resolveSibling(name).toFile());
    }
}
