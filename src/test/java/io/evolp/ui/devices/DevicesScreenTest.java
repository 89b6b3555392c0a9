package io.evolp.ui.devices;

import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Devices: the simulated profiles are listed with their constants; a replay file joins; Try it measures. */
@ExtendWith(ApplicationExtension.class)
class DevicesScreenTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Workspace ws;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        ws = new Workspace();
        tasks = new FxTaskRunner(dialogs);
        DevicesScreen screen = new DevicesScreen(new UiContext(ws, tasks, dialogs));
        stage.setScene(new Scene((Region) screen.view(), 1100, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void listsTheThreeSimulatedProfilesWithTheirConstants(FxRobot robot) {
        ListView<?> list = robot.lookup("#device-list").queryAs(ListView.class);
        assertEquals(3, list.getItems().size());
        assertEquals(Workspace.DEFAULT_SOURCES, list.getItems());
        assertEquals("SIMULATED", text(robot, "#source-badge"));
        assertTrue(text(robot, "#source-title").contains("TX2"));
        assertTrue(robot.lookup("90 GMAC/s (dense conv)").tryQuery().isPresent(), "compute rate shown");
        robot.clickOn("Jetson-Nano-like GPU (simulated)\nsimulated:nano");
        assertTrue(text(robot, "#source-title").contains("Nano"));
        assertTrue(robot.lookup("42 GMAC/s (dense conv)").tryQuery().isPresent());
    }

    @Test
    void aReplayFileAddedByTheButtonIsListedWithWhatItHolds(FxRobot robot) throws Exception {
        Path file = Path.of("sample-data/models/vgg16-random-simulated-tx2.jsonl");
        dialogs.answerFile(file);
        robot.clickOn("#add-device").clickOn("#add-replay");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ws.sources().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("replay:" + file.toAbsolutePath().normalize(), ws.sources().get(3));
        assertTrue(text(robot, "#source-title").contains("vgg16-random-simulated-tx2.jsonl"));
        assertEquals("SIMULATED", text(robot, "#source-badge"), "the file name says simulated");
        assertTrue(robot.lookup("20").tryQuery().isPresent(), "20 recorded models");
        assertTrue(robot.lookup("vgg16").tryQuery().isPresent(), "family");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    @Test
    void tryItMeasuresOnTheSelectedSourceInTheBackground(FxRobot robot) throws Exception {
        robot.clickOn("#try-measure");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#try-result").contains("median"));
        String r = text(robot, "#try-result");
        assertTrue(r.startsWith("vgg16 on simulated:tx2: median "), r);
        assertTrue(r.contains("range of 5 runs") && r.contains("SIMULATED"), r);
    }
}
