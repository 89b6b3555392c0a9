package io.evolp.ui.compression;

import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
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
 * Renders the Compression screen with the sample data (VGG16 on the simulated TX2, demo γ, a session
 * run to convergence) to {@code target/screenshots/compression*.png} for looking at. Not part of the
 * normal test run: {@code mvn -o test -Dtest=CompressionScreenshot -Devolp.screenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "evolp.screenshots", matches = "true")
class CompressionScreenshot {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FxTaskRunner tasks;
    private CompressionScreen screen;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        LayerDataset data = DatasetCsvReader.read(Path.of("sample-data/vgg16-simulated-tx2.csv"), null).dataset();
        LatencyPredictor p = Predictors.train("evolp", data, TrainOptions.defaults(), null);
        Workspace ws = new Workspace();
        ws.predictors().add(new PredictorEntry("evolp · vgg16-simulated-tx2", p, "vgg16-simulated-tx2.csv", 0, 42, null));
        tasks = new FxTaskRunner(dialogs);
        screen = new CompressionScreen(new UiContext(ws, tasks, dialogs));
        scene = new Scene((javafx.scene.Parent) screen.view(), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void render(FxRobot robot) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !screen.publishedPlans().isEmpty());
        int plans0 = screen.publishedPlans().size();
        robot.interact(() -> screen.setup().importance().box().getSelectionModel().select(ImportanceField.DEMO));
        int plans = plans0;
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> screen.prepared() != null
                && screen.prepared().importance().description().startsWith("demo")
                && screen.publishedPlans().size() > plans && tasks.running().isEmpty());
        snap(dir.resolve("compression-plan.png"));
        robot.interact(() -> screen.budget().slider().setValue(0.6 * screen.budget().slider().getMax()));
        robot.interact(screen.controller()::run);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> screen.sessionFinished() && tasks.running().isEmpty());
        dialogs.answerText("71.3");
        robot.interact(screen.controller()::addMeasuredSample);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tasks.running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        snap(dir.resolve("compression-session.png"));
        themed(dir, "compression-session");
        // One Step of a fresh session at classroom pace: the status must say Paused, the caption large.
        robot.interact(screen.controller()::reset);
        robot.interact(() -> robot.lookup("#paceToggle").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        robot.interact(screen.controller()::step);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> screen.log().rows() == 1 && tasks.running().isEmpty()
                && !screen.runner().runningProperty().get());
        themed(dir, "compression-step");
        // A refused entry: decorated with its reason, Run and Step disabled until it is fixed.
        robot.interact(() -> screen.setup().maxMeasurements().getEditor().setText("lots"));
        snap(dir.resolve("compression-invalid.png"));
        robot.interact(() -> screen.setup().maxMeasurements().getEditor().setText("20"));
        // Through the screen's export path (save dialog answered, rendered from a clone on a worker).
        UiContext ctx = new UiContext(new Workspace(), tasks, dialogs);
        String[][] shots = {{"compression-a", "png"}, {"compression-b", "svg"}, {"compression-c", "png"}};
        org.jfree.chart.JFreeChart[] charts = {screen.stepChart().chart(), screen.correctionChart().chart(),
                screen.widthsChart().chart()};
        for (int i = 0; i < shots.length; i++) {
            int k = i;
            dialogs.answerFile(dir.resolve(shots[k][0] + "." + shots[k][1]));
            robot.interact(() -> io.evolp.ui.common.ExportMenus.exportChart(charts[k], ctx, shots[k][0], shots[k][1]));
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tasks.running().isEmpty());
        // A long model: ResNet-50's widths chart names every k-th layer.
        robot.interact(screen.controller()::reset);
        robot.interact(() -> screen.setup().model().box().getSelectionModel().select("resnet50"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> screen.prepared() != null
                && screen.prepared().base().family().startsWith("resnet") && tasks.running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        themed(dir, "compression-resnet50");
    }

    /** The scene in the light and the dark theme (the app's stylesheets), 1280x800. */
    private void themed(Path dir, String name) throws Exception {
        for (String theme : new String[]{"light", "dark"}) {
            String css = getClass().getResource("/io/evolp/ui/" + theme + ".css").toExternalForm();
            WaitForAsyncUtils.asyncFx(() -> scene.getStylesheets().setAll(css)).get();
            snap(dir.resolve(name + "-" + theme + ".png"));
        }
        WaitForAsyncUtils.asyncFx(() -> scene.getStylesheets().clear()).get();
    }

    private void snap(Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var img = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
    }
}
