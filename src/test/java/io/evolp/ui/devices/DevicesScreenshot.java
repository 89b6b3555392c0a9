package io.evolp.ui.devices;

import io.evolp.ui.workspace.DeviceSetup;
import io.evolp.core.LayerConfig;
import io.evolp.core.SamplingPlan;
import io.evolp.core.zoo.Zoo;
import io.evolp.io.DatasetCsvWriter;
import io.evolp.measure.agent.AgentConfig;
import io.evolp.measure.agent.AgentServer;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renders the Devices screen to {@code target/screenshots/devices-*.png}: the local device tested,
 * an agent tested, a campaign running on a slowed-down simulated device. Not part of the normal run:
 * {@code mvn -o test -Dtest=DevicesScreenshot -Devolp.screenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "evolp.screenshots", matches = "true")
class DevicesScreenshot {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FxTaskRunner tasks;
    private DevicesScreen screen;
    private Scene scene;
    private Workspace ws;

    @Start
    void start(Stage stage) {
        ws = new Workspace();
        tasks = new FxTaskRunner(dialogs);
        screen = new DevicesScreen(new UiContext(ws, tasks, dialogs),
                s -> s.spec().startsWith("simulated:") ? new SlowSource(s.spec(), 400) : s.open());
        scene = new Scene((Region) screen.view(), 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/io/evolp/ui/light.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        // On the FX thread: stopping the tasks' Timeline elsewhere races the pulse loop.
        WaitForAsyncUtils.asyncFx(tasks::shutdown).get();
        screen.dispose();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void render(FxRobot robot) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/screenshots"));
        try (AgentServer agent = AgentServer.start(AgentConfig.defaults().withPort(0), new PrintStream(OutputStream.nullOutputStream()))) {
            robot.interact(() -> screen.controller().addLocal());
            robot.interact(() -> DeviceSetup.storeSettings(ws.viewSettings(), "local", RealDevicesTest.TINY));
            robot.interact(() -> { screen.controller().select(null); screen.controller().addLocal(); }); // re-show with the stored settings
            robot.clickOn("#device-test");
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !text(robot, "#device-test-status").startsWith("Starting"));
            snap(dir.resolve("devices-local.png"));
            robot.interact(() -> robot.lookup("#set-threads").queryAs(TextField.class).setText("0"));
            snapNode(robot.lookup("#source-details").query(), dir.resolve("devices-local-settings.png"));
            robot.interact(() -> robot.lookup("#set-threads").queryAs(TextField.class).setText("1"));

            robot.clickOn("#add-device").clickOn("#add-agent");
            snap(dir.resolve("devices-agent-form.png"));
            robot.interact(() -> {
                robot.lookup("#agent-host").queryAs(TextField.class).setText("127.0.0.1");
                robot.lookup("#agent-port").queryAs(TextField.class).setText(Integer.toString(agent.port()));
            });
            robot.clickOn("#agent-add");
            robot.clickOn("#device-test");
            WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !text(robot, "#device-test-status").startsWith("Connecting"));
            snap(dir.resolve("devices-agent.png"));

            List<LayerConfig> plan = SamplingPlan.plan(Zoo.model("vgg16", null), 40).subList(0, 20);
            Path planFile = Files.createTempFile("plan", ".csv");
            DatasetCsvWriter.writePlan(plan, planFile);
            Path out = Files.createTempDirectory("campaign").resolve("vgg16-tx2.csv");
            robot.clickOn("Jetson-TX2-like GPU (simulated)\nsimulated:tx2");
            dialogs.answerFile(planFile);
            robot.clickOn("#campaign-choose-plan");
            dialogs.answerFile(out);
            robot.clickOn("#campaign-choose-out");
            robot.clickOn("#campaign-start");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#campaign-rows").startsWith("4 / 20"));
            snap(dir.resolve("devices-campaign.png"));
            robot.clickOn("#campaign-cancel");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#campaign-state").startsWith("Cancelled"));
            snap(dir.resolve("devices-campaign-cancelled.png"));
        }
    }

    private void snapNode(javafx.scene.Node node, Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var img = WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
    }

    private void snap(Path file) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var img = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
    }
}
