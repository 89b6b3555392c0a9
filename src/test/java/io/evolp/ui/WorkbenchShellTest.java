package io.evolp.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The application as started from the jar opens the main window with its four screens (headless, Monocle). */
@ExtendWith(ApplicationExtension.class)
class WorkbenchShellTest {

    private Stage stage;
    private WorkbenchApp app;

    @Start
    void start(Stage stage) {
        try {
            // Never touch the user's preferences from a test.
            System.setProperty("evolp.config.dir", Files.createTempDirectory("evolp-shell-prefs").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.stage = stage;
        app = new WorkbenchApp();
        app.start(stage);
    }

    @AfterAll
    static void clearProperty() {
        System.clearProperty("evolp.config.dir");
    }

    @Test
    void mainWindowHasTitleAndTheFourScreens(FxRobot robot) {
        assertEquals("EvoLP Workbench", stage.getTitle());
        assertTrue(stage.isShowing());
        for (String id : new String[]{"#nav-datasets", "#nav-predictors", "#nav-compression", "#nav-devices"}) {
            assertTrue(robot.lookup(id).tryQuery().isPresent(), id);
        }
        robot.interact(app::stop);
    }
}
