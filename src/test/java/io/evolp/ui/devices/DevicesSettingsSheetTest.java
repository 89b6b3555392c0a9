package io.evolp.ui.devices;

import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.DeviceSetup;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The measurement settings of local as a property sheet: typed values are stored, out-of-range ones refused. */
@ExtendWith(ApplicationExtension.class)
class DevicesSettingsSheetTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Workspace ws;
    private FxTaskRunner tasks;
    private DevicesScreen screen;

    @Start
    void start(Stage stage) {
        ws = new Workspace();
        tasks = new FxTaskRunner(dialogs);
        screen = new DevicesScreen(new UiContext(ws, tasks, dialogs));
        stage.setScene(new Scene((Region) screen.view(), 1150, 780));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(tasks::shutdown).get();
        screen.dispose();
    }

    private String stored() {
        return ws.viewSettings().get(DeviceSetup.SETTINGS_PREFIX + "local");
    }

    private void type(FxRobot robot, String id, String text) {
        robot.doubleClickOn(id).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSettingTypedInTheSheetIsStoredInTheWorkspace(FxRobot robot) {
        robot.clickOn("#add-device").clickOn("#add-local");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#settings-sheet").tryQuery().isPresent(), "the property sheet is shown");
        assertTrue(stored().contains("warmup=5"), "the defaults: " + stored());

        type(robot, "#set-warmup", "7");
        assertEquals("7", robot.lookup("#set-warmup").queryAs(TextField.class).getText());
        assertTrue(stored().contains("warmup=7"), stored());

        @SuppressWarnings("unchecked")
        ComboBox<Object> opt = robot.lookup("#set-opt").queryAs(ComboBox.class);
        robot.interact(() -> opt.setValue(io.evolp.measure.local.LocalSettings.OptLevel.BASIC));
        assertTrue(stored().contains("opt=BASIC"), stored());
        assertTrue(robot.lookup("#settings-problem").queryAs(Label.class).getText().isEmpty());
    }

    @Test
    void anOutOfRangeValueIsRefusedWithTheReason(FxRobot robot) {
        robot.clickOn("#add-device").clickOn("#add-local");
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, "#set-threads", "0");
        String why = robot.lookup("#settings-problem").queryAs(Label.class).getText();
        assertEquals("Intra-op threads must be 1–256, not 0 (not stored)", why);
        assertTrue(stored().startsWith("threads=1 "), "the last valid value stays: " + stored());
        TextField threads = robot.lookup("#set-threads").queryAs(TextField.class);
        assertTrue(threads.getStyleClass().contains("invalid-value"));
        assertEquals(why, threads.getTooltip().getText());

        robot.write("x"); // letters cannot be typed at all
        assertEquals("0", threads.getText());
        type(robot, "#set-threads", "4");
        assertTrue(stored().startsWith("threads=4 "), stored());
        assertFalse(threads.getStyleClass().contains("invalid-value"));
        assertTrue(robot.lookup("#settings-problem").queryAs(Label.class).getText().isEmpty());
    }
}
