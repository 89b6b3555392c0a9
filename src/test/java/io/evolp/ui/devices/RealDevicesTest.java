package io.evolp.ui.devices;

import io.evolp.ui.workspace.DeviceSetup;
import io.evolp.measure.agent.AgentConfig;
import io.evolp.measure.agent.AgentServer;
import io.evolp.measure.local.LocalSettings;
import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.compression.CompressionScreen;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real devices on the Devices screen: the local device (a real ONNX Runtime worker process) and an
 * agent started in this JVM on a free loopback port (its worker is a real process too). Settings
 * are tiny so every measurement takes well under a second.
 */
@ExtendWith(ApplicationExtension.class)
class RealDevicesTest {

    static final LocalSettings TINY = LocalSettings.defaults().withWarmup(0).withRepeats(1).withRounds(1).withModuleRepeats(1);

    private static AgentServer agent;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Workspace ws;
    private FxTaskRunner tasks;
    private DevicesScreen screen;
    private UiContext ctx;

    @BeforeAll
    static void startAgent() throws Exception {
        agent = AgentServer.start(AgentConfig.defaults().withPort(0), new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterAll
    static void stopAgent() {
        if (agent != null) agent.close();
    }

    @Start
    void start(Stage stage) {
        ws = new Workspace();
        tasks = new FxTaskRunner(dialogs);
        ctx = new UiContext(ws, tasks, dialogs);
        screen = new DevicesScreen(ctx);
        stage.setScene(new Scene((Region) screen.view(), 1150, 780));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        // On the FX thread: stopping the tasks' Timeline elsewhere races the pulse loop.
        WaitForAsyncUtils.asyncFx(tasks::shutdown).get();
        screen.dispose();
    }

    /** The source choices of a Compression screen on the same workspace (shown once, so its skins exist). */
    @SuppressWarnings("unchecked")
    private ComboBox<String> compressionChoices(FxRobot robot) {
        AtomicReference<ComboBox<String>> box = new AtomicReference<>();
        robot.interact(() -> {
            Stage s = new Stage();
            s.setScene(new Scene((Region) new CompressionScreen(ctx).view(), 900, 600));
            s.show();
            box.set((ComboBox<String>) s.getScene().lookup("#sourceChoice"));
            s.close();
        });
        return box.get();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitFor(long seconds, java.util.concurrent.Callable<Boolean> c) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, c);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void localIsAddedOfferedByCompressionAndTestedForItsRuntime(FxRobot robot) throws Exception {
        robot.clickOn("#add-device").clickOn("#add-local");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ws.sources().contains("local"));
        assertTrue(ws.viewSettings().get(DeviceSetup.SETTINGS_PREFIX + "local").startsWith("threads=1 opt=ALL"),
                "settings are kept with the project");
        assertEquals("REAL DEVICE", text(robot, "#source-badge"));

        // The Compression screen offers it, and opens it with the Devices screen's settings.
        robot.interact(() -> DeviceSetup.storeSettings(ws.viewSettings(), "local", TINY.withThreads(2)));
        ComboBox<String> choices = compressionChoices(robot);
        assertTrue(choices.getItems().contains("local"), choices.getItems().toString());
        DeviceSetup setup = DeviceSetup.of(ws, "local");
        assertEquals(2, setup.settings().intraOpThreads());
        try (var source = setup.open()) {
            assertEquals("local", source.id());
            assertTrue(source.description().contains("2 intra-op thread(s)"), source.description());
        }

        robot.clickOn("#device-test");
        waitFor(60, () -> text(robot, "#device-test-status").startsWith("Worker ready"));
        assertEquals("Worker ready: ONNX Runtime 1.28.0", text(robot, "#device-test-status"));
        assertTrue(robot.lookup("1.28.0").tryQuery().isPresent(), "facts grid shows the version");
        assertTrue(robot.lookup("2").tryQuery().isPresent(), "threads as set");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void anAgentIsAddedTestedAndMeasuresAndAWrongPortSaysWhy(FxRobot robot) throws Exception {
        robot.clickOn("#add-device").clickOn("#add-agent");
        robot.interact(() -> robot.lookup("#agent-host").queryAs(TextField.class).setText("127.0.0.1"));
        robot.interact(() -> robot.lookup("#agent-port").queryAs(TextField.class).setText(Integer.toString(agent.port())));
        robot.clickOn("#agent-add");
        String spec = "agent:127.0.0.1:" + agent.port();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ws.sources().contains(spec), ws.sources().toString());
        ComboBox<String> choices = compressionChoices(robot);
        assertTrue(choices.getItems().contains(spec), "Compression offers the agent");
        robot.interact(() -> DeviceSetup.storeSettings(ws.viewSettings(), spec, TINY));

        robot.clickOn("#device-test");
        waitFor(40, () -> !text(robot, "#device-test-status").startsWith("Connecting"));
        String status = text(robot, "#device-test-status");
        assertTrue(status.startsWith("Connected: ") && status.endsWith("ONNX Runtime 1.28.0"), status);
        assertTrue(robot.lookup(System.getProperty("os.arch")).tryQuery().isPresent(), "architecture shown");
        assertTrue(robot.lookup(Integer.toString(Runtime.getRuntime().availableProcessors())).tryQuery().isPresent(), "cores");

        // Try it measures a built-in architecture on the agent, for real.
        robot.interact(() -> robot.lookup("#try-arch").queryAs(ComboBox.class).setValue("mobilenetv1"));
        robot.clickOn("#try-measure");
        waitFor(60, () -> text(robot, "#try-result").contains("median") || text(robot, "#try-result").contains("could"));
        String r = text(robot, "#try-result");
        assertTrue(r.startsWith("mobilenetv1 on " + spec + ": median ") && r.contains("real measurement"), r);

        // A wrong port: a clear one-line reason next to the button.
        robot.clickOn("#add-device").clickOn("#add-agent");
        robot.interact(() -> robot.lookup("#agent-host").queryAs(TextField.class).setText("127.0.0.1"));
        robot.interact(() -> robot.lookup("#agent-port").queryAs(TextField.class).setText("1"));
        robot.clickOn("#agent-add");
        robot.clickOn("#device-test");
        waitFor(20, () -> text(robot, "#device-test-status").startsWith("Failed"));
        String failed = text(robot, "#device-test-status");
        assertTrue(failed.contains("connection refused") && failed.contains("127.0.0.1:1"), failed);
        assertFalse(failed.contains("\n"), "one line");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }
}
