package io.evolp.ui.shell;

import io.evolp.project.OutsidePathsTest;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Opening a project that points outside its folder asks first; Yes reads, No opens without, Cancel does not open. */
@ExtendWith(ApplicationExtension.class)
class OutsideConfirmTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        startShell(stage);
    }

    private Path project() throws Exception {
        Path helper = Files.createDirectories(dir.resolve("t"));
        OutsidePathsTest t = new OutsidePathsTest();
        t.dir = helper;
        return t.projectPointingAt("../data.csv");
    }

    @Test
    void yesReadsTheOutsideFile(FxRobot robot) throws Exception {
        Path p = project();
        dialogs.scripted.answerFile(p).answerConfirm(true);
        robot.clickOn("File").clickOn("#menu-open");
        waitFor(() -> ws.datasets().size() == 1);
        assertEquals(1, dialogs.confirms.get());
        assertTrue(dialogs.scripted.errors.isEmpty(), dialogs.scripted.errors.toString());
    }

    @Test
    void noOpensTheProjectWithoutItAndSaysWhy(FxRobot robot) throws Exception {
        Path p = project();
        dialogs.scripted.answerFile(p).answerConfirm(false);
        robot.clickOn("File").clickOn("#menu-open");
        waitFor(() -> p.equals(ws.projectFileProperty().get()) && dialogs.scripted.errors.size() == 1);
        assertEquals(0, ws.datasets().size());
        assertTrue(dialogs.scripted.errors.get(0).contains("outside the project's folder"), dialogs.scripted.errors.get(0));
    }

    @Test
    void cancelDoesNotOpenIt(FxRobot robot) throws Exception {
        Path p = project();
        dialogs.scripted.answerFile(p).answerConfirm(null);
        robot.clickOn("File").clickOn("#menu-open");
        waitFor(() -> window.statusBar().text().startsWith("Not opened"));
        assertEquals(null, ws.projectFileProperty().get());
    }
}
