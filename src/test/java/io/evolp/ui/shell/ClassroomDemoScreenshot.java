package io.evolp.ui.shell;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The classroom demo as a class sees it, at 1280x800 in the light and the dark theme, started from
 * the welcome screen with its default settings: before the loop starts (the status bar announces
 * it), running, paused (dark) or finished (light); prints how long the demo ran from the click to
 * its end. Not part of the normal test run:
 * {@code mvn -o test -Dtest=ClassroomDemoScreenshot -Devolp.screenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "evolp.screenshots", matches = "true")
class ClassroomDemoScreenshot extends ShellTestBase {

    @Start
    void start(Stage stage) {
        startShell(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @Test
    void render(FxRobot robot) throws Exception {
        Path out = Files.createDirectories(Path.of("target/screenshots"));
        for (String theme : new String[]{Themes.LIGHT, Themes.DARK}) {
            fx(robot, () -> {
                window.setTheme(theme);
                window.showWelcome();
            });
            waitFor(() -> window.welcomeShown());
            long t0 = System.nanoTime();
            robot.clickOn("#welcome-classroom");
            waitFor(() -> robot.lookup("#stepLog").tryQuery().isPresent());
            JobsScreenshot.write(robot, stage, out.resolve("classroom-before-" + theme + ".png"));
            String before = window.statusBar().text();
            TableView<?> log = robot.lookup("#stepLog").queryAs(TableView.class);
            waitFor(() -> log.getItems().size() >= 1, 30);
            double firstS = (System.nanoTime() - t0) / 1e9;
            waitFor(() -> !window.statusBar().text().contains("starts in"), 10);
            JobsScreenshot.write(robot, stage, out.resolve("classroom-running-" + theme + ".png"));
            System.out.printf(Locale.ROOT, "[%s] before: %s%n[%s] first measurement %.1f s after the click; status bar now: %s%n"
                    + "[%s] compression status: %s%n", theme, before, theme, firstS, window.statusBar().text(), theme,
                    robot.lookup("#statusLabel").queryAs(Label.class).getText());
            if (theme.equals(Themes.DARK)) {
                waitFor(() -> log.getItems().size() >= 2, 30);
                robot.clickOn("#pauseButton");
                waitFor(() -> robot.lookup("#pauseButton").queryButton().isDisabled(), 15);
                JobsScreenshot.write(robot, stage, out.resolve("classroom-paused-" + theme + ".png"));
                System.out.printf(Locale.ROOT, "[%s] after Pause: %s%n", theme, robot.lookup("#statusLabel").queryAs(Label.class).getText());
            } else {
                waitFor(() -> robot.lookup("#pauseButton").queryButton().isDisabled(), 200);
                double endS = (System.nanoTime() - t0) / 1e9;
                JobsScreenshot.write(robot, stage, out.resolve("classroom-finished-" + theme + ".png"));
                System.out.printf(Locale.ROOT, "[%s] demo ended %.1f s after the click, %d measurements: %s%n", theme, endS,
                        log.getItems().size(), robot.lookup("#statusLabel").queryAs(Label.class).getText());
            }
        }
    }
}
