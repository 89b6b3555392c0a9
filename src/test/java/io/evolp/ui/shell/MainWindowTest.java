package io.evolp.ui.shell;

import io.evolp.task.TaskHandle;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shell as a user meets it: title, navigation, theme, the close guard and background tasks. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        startShell(stage);
    }

    @Test
    void titleNamesTheProjectAndMarksUnsavedChanges(FxRobot robot) {
        assertEquals("EvoLP Workbench", stage.getTitle());
        fx(robot, () -> ws.viewSettings().put("chart", "log"));
        assertEquals("EvoLP Workbench *", stage.getTitle());
        fx(robot, () -> {
            ws.projectFileProperty().set(Path.of("/tmp/lab.evolp.json"));
            ws.markSaved();
        });
        assertEquals("EvoLP Workbench — lab.evolp.json", stage.getTitle());
    }

    @Test
    void navigatesByClickAndByCtrlDigit(FxRobot robot) {
        assertEquals("Datasets", window.current().title());
        robot.clickOn("#nav-devices");
        assertEquals("Devices", window.current().title());
        assertTrue(robot.lookup("#device-list").tryQuery().isPresent(), "the Devices screen is shown");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertEquals("Predictors", window.current().title());
        robot.clickOn("#nav-predictors"); // clicking the shown screen keeps it
        assertEquals(1, window.selectedIndex());
    }

    @Test
    void themeSwitchReplacesTheStylesheetAndIsRemembered(FxRobot robot) {
        assertTrue(stage.getScene().getStylesheets().get(0).endsWith("light.css"));
        robot.clickOn("View").clickOn("Dark theme");
        assertTrue(stage.getScene().getStylesheets().get(0).endsWith("dark.css"), stage.getScene().getStylesheets().toString());
        assertEquals(1, stage.getScene().getStylesheets().size());
        assertEquals(Themes.DARK, AppPreferences.load(window.preferences().file()).theme());
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindow(FxRobot robot) {
        fx(robot, () -> ws.viewSettings().put("x", "1"));
        dialogs.scripted.answerConfirm(null); // Cancel
        fx(robot, window::requestClose);
        assertEquals(1, dialogs.confirms.get());
        assertTrue(stage.isShowing());
        assertTrue(ws.isDirty());

        dialogs.scripted.answerConfirm(false); // Don't save
        fx(robot, window::requestClose);
        assertEquals(2, dialogs.confirms.get());
        assertFalse(stage.isShowing());
        assertTrue(AppPreferences.load(window.preferences().file()).window() != null, "geometry remembered on close");
    }

    @Test
    void runningTaskShowsInTheStatusBarAndCancelInTheJobsViewStopsIt(FxRobot robot) throws Exception {
        AtomicReference<TaskHandle<Integer>> task = new AtomicReference<>();
        fx(robot, () -> task.set(tasks.submit("Long job", pm -> {
            pm.progress(3, 10, "step 3 of 10");
            while (!pm.isCancelled()) Thread.onSpinWait();
            return 1;
        })));
        waitFor(() -> robot.lookup("#status-bar #jobs-progress").queryAs(ProgressBar.class).getProgress() == 0.3);
        assertTrue(robot.lookup("#status-bar #jobs-summary").queryAs(Label.class).getText().contains("Long job"));
        robot.clickOn("#jobs-button");
        waitFor(() -> robot.lookup(".task-list-cell .task-title").tryQuery().isPresent());
        JobsScreenshot.write(robot, stage, Path.of("target/screenshots/status-bar-jobs.png"));
        robot.clickOn(".task-cancel-button");
        try {
            waitFor(() -> task.get().state() == TaskHandle.State.CANCELLED);
        } catch (AssertionError e) {
            throw new AssertionError("state " + task.get().state(), e);
        }
        waitFor(() -> robot.lookup(".task-cancel-button").tryQuery().isEmpty() && tasks.running().isEmpty());
        assertTrue(dialogs.scripted.errors.isEmpty(), dialogs.scripted.errors.toString());
    }

    @Test
    void aRecentProjectThatWentAwayIsRemovedWithAMessage(FxRobot robot) throws Exception {
        Path gone = dir.resolve("gone.evolp.json");
        fx(robot, () -> window.preferences().addRecent(gone));
        fx(robot, () -> window.project().openRecent(gone));
        assertTrue(window.preferences().recent().isEmpty());
        assertTrue(dialogs.scripted.errors.get(0).contains("gone.evolp.json"), dialogs.scripted.errors.toString());
    }
}
