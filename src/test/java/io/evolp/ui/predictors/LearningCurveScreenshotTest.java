package io.evolp.ui.predictors;

import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetLoadResult;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Screenshots of the learning-curve tab on the measured pair of runtimes (ResNet-50 layers under ONNX
 * Runtime without graph optimisation as the target, with it as the source): transfer against auto
 * from scratch at 10/30/100/all rows, 5 seeds, at normal and presentation text size, and the table
 * as text. Only with {@code -Dscreenshots.dir=…} (and {@code -Dscreenshots.theme=dark} for the dark theme).
 */
@ExtendWith(ApplicationExtension.class)
class LearningCurveScreenshotTest {

    private static final String THEME = System.getProperty("screenshots.theme", "light");
    private static final Path MEASURED = Path.of("sample-data/measured");
    private UiContext ctx;
    private PredictorsScreen screen;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ctx = new UiContext(new Workspace(), new FxTaskRunner(dialogs), dialogs);
        for (String name : List.of("resnet50-local-cpu-noopt", "resnet50-local-cpu")) {
            Path csv = MEASURED.resolve(name + ".csv");
            DatasetLoadResult r = DatasetCsvReader.read(csv, null);
            ctx.workspace().datasets().add(new DatasetEntry(name, csv, r.dataset(), r.problems(), r.totalProblems()));
        }
        screen = new PredictorsScreen(ctx);
        scene = new Scene((Parent) screen.view(), 1280, 800);
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
        robot.clickOn("Learning curve");
        robot.interact(() -> {
            CurveModel m = screen.curveModel();
            m.source.set(new CurveModel.Source(ctx.workspace().datasets().get(1), null));
            m.kinds.setAll("auto", "transfer");
            m.sizes.set("10, 30, 100, all");
            m.seeds.set(5);
        });
        robot.clickOn("#curve-run");
        WaitForAsyncUtils.waitFor(600, TimeUnit.SECONDS, () -> screen.curveModel().result.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        snap(out.resolve("predictors-learning-curve.png"));
        StringBuilder table = new StringBuilder();
        for (CurveTable.Row r : screen.curves().table().view().getItems()) table.append(r).append('\n');
        Files.writeString(out.resolve("predictors-learning-curve-" + THEME + ".txt"), screen.curveModel().status.get() + "\n" + table);
        robot.interact(() -> scene.getRoot().setStyle("-fx-font-size: 19.5px;")); // presentation mode's 150 %
        WaitForAsyncUtils.waitForFxEvents();
        snap(out.resolve("predictors-learning-curve-presentation.png"));
    }

    private void snap(Path file) throws Exception {
        var img = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        String name = file.getFileName().toString().replace(".png", "-" + THEME + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.resolveSibling(name).toFile());
    }
}
