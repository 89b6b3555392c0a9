package io.evolp.ui.common;

import io.evolp.task.TaskHandle;
import io.evolp.ui.ScriptedDialogs;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The background-jobs corner: a summary, and ControlsFX's task list with a cancel button per job. */
@ExtendWith(ApplicationExtension.class)
class JobsViewTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FxTaskRunner runner;
    private JobsView jobs;

    @Start
    void start(Stage stage) {
        runner = new FxTaskRunner(dialogs);
        jobs = new JobsView(runner);
        BorderPane root = new BorderPane();
        root.setBottom(jobs);
        stage.setScene(new Scene(root, 700, 420));
        stage.show();
    }

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    private static void waitFor(Callable<Boolean> c) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, c);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLongJobIsListedAndCancelledFromTheJobsView(FxRobot robot) throws Exception {
        AtomicBoolean stoppedByCancel = new AtomicBoolean();
        TaskHandle<Integer> h = WaitForAsyncUtils.asyncFx(() -> runner.submit("Long job", pm -> {
            pm.progress(3, 10, "step 3 of 10");
            while (!pm.isCancelled()) Thread.onSpinWait();
            stoppedByCancel.set(true);
            return 1;
        })).get();
        waitFor(() -> robot.lookup("#jobs-progress").queryAs(ProgressBar.class).getProgress() == 0.3);
        assertEquals("Long job", robot.lookup("#jobs-summary").queryAs(Label.class).getText());
        assertEquals("1 job", robot.lookup("#jobs-button").queryAs(Button.class).getText());

        robot.clickOn("#jobs-button");
        waitFor(() -> robot.lookup(".task-list-cell .task-title").tryQuery().isPresent());
        assertTrue(jobs.isOpen());
        assertEquals("Long job", robot.lookup(".task-list-cell .task-title").queryAs(Label.class).getText());
        assertEquals("step 3 of 10", robot.lookup(".task-list-cell .task-message").queryAs(Label.class).getText());
        robot.clickOn(".task-cancel-button");

        waitFor(() -> h.state() == TaskHandle.State.CANCELLED);
        assertTrue(stoppedByCancel.get(), "the job itself saw the cancel");
        waitFor(() -> robot.lookup(".task-cancel-button").tryQuery().isEmpty());
        assertEquals("Jobs", robot.lookup("#jobs-button").queryAs(Button.class).getText());
        assertFalse(robot.lookup("#jobs-summary").queryAs(Label.class).isVisible());
        assertTrue(dialogs.errors.isEmpty(), "cancelling is not an error");
    }

    @Test
    void theSummaryFollowsTheOldestOfSeveralJobs(FxRobot robot) throws Exception {
        AtomicBoolean release = new AtomicBoolean();
        WaitForAsyncUtils.asyncFx(() -> {
            runner.submit("First", pm -> { while (!release.get() && !pm.isCancelled()) Thread.onSpinWait(); return 1; });
            runner.submit("Second", pm -> { while (!release.get() && !pm.isCancelled()) Thread.onSpinWait(); return 2; });
        }).get();
        waitFor(() -> "2 jobs".equals(robot.lookup("#jobs-button").queryAs(Button.class).getText()));
        assertEquals("First", robot.lookup("#jobs-summary").queryAs(Label.class).getText());
        release.set(true);
        waitFor(() -> runner.running().isEmpty());
        assertEquals("Jobs", robot.lookup("#jobs-button").queryAs(Button.class).getText());
    }
}
