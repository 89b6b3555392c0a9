package io.evolp.ui.shell;

import io.evolp.task.TaskHandle;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A status message gives way to what is really happening once it is old. */
@ExtendWith(ApplicationExtension.class)
class StatusExpiryTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        startShell(stage);
    }

    @Test
    void activityNamesTheOldestJob() {
        assertEquals("Ready", StatusBar.activity(List.of()));
        assertEquals("Working: Training", StatusBar.activity(List.of("Training")));
        assertEquals("Working: Training (and 2 more)", StatusBar.activity(List.of("Training", "a", "b")));
    }

    @Test
    void aMessageExpiresIntoTheRunningJobAndThenReady(FxRobot robot) {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<TaskHandle<Integer>> job = new AtomicReference<>();
        fx(robot, () -> {
            window.statusBar().expireAfter(Duration.millis(300));
            job.set(tasks.submit("Measuring vgg16", pm -> {
                release.await();
                return 1;
            }));
            window.status("The EvoLP loop starts in 3 s");
        });
        assertEquals("The EvoLP loop starts in 3 s", window.statusBar().text());
        waitFor(() -> window.statusBar().text().equals("Working: Measuring vgg16"));
        release.countDown();
        waitFor(() -> window.statusBar().text().equals("Ready"));
        assertTrue(robot.lookup("#status-text").queryLabeled().getTooltip().getText().contains("The EvoLP loop starts in 3 s"),
                "the tooltip keeps the last message");
    }
}
