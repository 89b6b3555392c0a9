package io.evolp.ui.common;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Finished and failed long jobs appear as ControlsFX notifications over the main window. */
@ExtendWith(ApplicationExtension.class)
class JobNotificationsTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 600, 400));
        stage.show();
    }

    @Test
    void saysHowLongTheJobTook() {
        assertEquals("Training — done in 4.2 s", JobNotifications.finishedText("Training", 4.21));
        assertEquals("Campaign — done in 2 min 05 s", JobNotifications.finishedText("Campaign", 125.4));
    }

    @Test
    void aFinishedAndAFailedJobShowAsNotifications(FxRobot robot) throws Exception {
        JobNotifications n = new JobNotifications(() -> stage);
        robot.interact(() -> {
            n.finished("Training evolp", 12.3);
            n.failed("Reading a.csv", "file not found: a.csv");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".notification-bar").queryAll().size() == 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".notification-bar .label").queryAll().stream()
                .map(l -> ((javafx.scene.control.Label) l).getText())
                .anyMatch(t -> t != null && t.contains("file not found: a.csv")));
    }

    @Test
    void nothingShowsWithoutAWindow(FxRobot robot) {
        JobNotifications n = new JobNotifications(() -> null);
        robot.interact(() -> n.finished("x", 5));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, robot.lookup(".notification-bar").queryAll().size());
    }
}
