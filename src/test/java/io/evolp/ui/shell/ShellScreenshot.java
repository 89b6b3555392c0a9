package io.evolp.ui.shell;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the main window to {@code target/screenshots/shell-*.png} for looking at: the welcome
 * screen of an empty workspace, the Datasets screen after the sample project opened, and the window
 * after Save as with its notification. Not part of the normal test run:
 * {@code mvn -o test -Dtest=ShellScreenshot -Devolp.screenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "evolp.screenshots", matches = "true")
class ShellScreenshot extends ShellTestBase {

    @Start
    void start(Stage stage) {
        startShell(stage);
    }

    @Test
    void render(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(Path.of("target/screenshots"));
        waitFor(() -> window.welcomeShown());
        JobsScreenshot.write(robot, stage, out.resolve("shell-welcome.png"));
        robot.clickOn("#welcome-sample");
        waitFor(() -> ws.predictors().size() == 3 && !window.welcomeShown());
        JobsScreenshot.write(robot, stage, out.resolve("shell-datasets.png"));
        Path file = dir.resolve("lab.evolp.json");
        dialogs.scripted.answerFile(file);
        robot.clickOn("File").clickOn("#menu-save-as");
        waitFor(() -> Files.exists(file) && robot.lookup(".notification-bar").tryQuery().isPresent());
        JobsScreenshot.write(robot, stage, out.resolve("shell-saved.png"));
    }
}
