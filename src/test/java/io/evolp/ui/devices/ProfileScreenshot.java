package io.evolp.ui.devices;

import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders "Profile a new device" to {@code target/screenshots/devices-profile*.png}: a transfer from
 * the simulated TX2 sample to simulated:nano while it runs and when it has stopped. Not part of the
 * normal run: {@code mvn -o test -Dtest=ProfileScreenshot -Devolp.screenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "evolp.screenshots", matches = "true")
class ProfileScreenshot {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FxTaskRunner tasks;
    private DevicesScreen screen;
    private Scene scene;
    private Workspace ws;

    @Start
    void start(Stage stage) throws Exception {
        ws = new Workspace();
        LayerDataset tx2 = DatasetCsvReader.read(Path.of("sample-data/vgg16-simulated-tx2.csv"), null).dataset();
        ws.datasets().add(new DatasetEntry("vgg16-simulated-tx2", null, tx2, List.of(), 0));
        tasks = new FxTaskRunner(dialogs);
        screen = new DevicesScreen(new UiContext(ws, tasks, dialogs),
                s -> s.spec().startsWith("simulated:") ? new SlowSource(s.spec(), 40) : s.open());
        scene = new Scene((Region) screen.view(), 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/io/evolp/ui/light.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(tasks::shutdown).get();
        screen.dispose();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void render(FxRobot robot) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        Path out = Files.createTempDirectory("profile").resolve("vgg16-nano.csv");
        robot.clickOn("Jetson-Nano-like GPU (simulated)\nsimulated:nano");
        robot.clickOn("#profile-new-device");
        robot.clickOn("#profile-base");
        robot.clickOn("Dataset vgg16-simulated-tx2 (simulated-tx2, 2,991 rows)".replace("2,991", Integer.toString(2991)));
        robot.clickOn("#profile-model-resnet50");
        robot.interact(() -> robot.lookup("#profile-budget").queryAs(Spinner.class).getValueFactory().setValue(100));
        dialogs.answerFile(out);
        robot.clickOn("#profile-choose-out");
        snap(dir.resolve("devices-profile-setup.png"));
        robot.clickOn("#profile-start");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> text(robot, "#profile-latest").startsWith("Batch 3"));
        snap(dir.resolve("devices-profile-running.png"));
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> text(robot, "#profile-state").startsWith("Stopped")
                && !text(robot, "#profile-added").isEmpty());
        snap(dir.resolve("devices-profile-done.png"));
    }

    private void snap(Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var img = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
    }
}
