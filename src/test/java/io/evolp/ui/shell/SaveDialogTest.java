package io.evolp.ui.shell;

import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.files.ProjectActions;
import io.evolp.ui.files.RecentProjects;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real unsaved-changes question (FxDialogs): its buttons are Save / Don't Save / Cancel and each does what it says. */
@ExtendWith(ApplicationExtension.class)
class SaveDialogTest {

    @TempDir
    Path dir;
    private Workspace ws;
    private FxTaskRunner tasks;
    private ProjectActions actions;
    private final AtomicInteger replaced = new AtomicInteger();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        FxDialogs dialogs = new FxDialogs(() -> stage);
        ws = new Workspace();
        tasks = new FxTaskRunner(dialogs);
        actions = new ProjectActions(new UiContext(ws, tasks, dialogs), new RecentProjects() {
            @Override public void add(Path file) { }
            @Override public void remove(Path file) { }
        }, s -> { });
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    /** Makes a change to a project that has a file, then asks (the question is modal: asked from a later pulse). */
    private Path ask(FxRobot robot, String change) {
        Path file = dir.resolve("p.evolp.json");
        robot.interact(() -> {
            ws.projectFileProperty().set(file);
            ws.viewSettings().put("change", change);
        });
        Platform.runLater(() -> actions.whenDiscardable("closing", replaced::incrementAndGet));
        waitUntil(() -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
        return file;
    }

    private List<String> buttons(FxRobot robot) {
        DialogPane pane = robot.lookup("#confirm-dialog").queryAs(DialogPane.class);
        return pane.getButtonTypes().stream().map(t -> ((Button) pane.lookupButton(t)).getText()).toList();
    }

    @Test
    void saveWritesTheFileThenGoesOn(FxRobot robot) {
        Path file = ask(robot, "a");
        assertEquals(List.of("Save", "Don't Save", "Cancel"), buttons(robot));
        Node save = robot.lookup("Save").queryButton();
        assertTrue(((Button) save).isDefaultButton(), "Enter saves");
        robot.clickOn(save);
        waitUntil(() -> replaced.get() == 1);
        assertTrue(Files.isRegularFile(file));
        assertFalse(ws.isDirty());
    }

    @Test
    void dontSaveGoesOnWithoutWriting(FxRobot robot) {
        Path file = ask(robot, "b");
        robot.clickOn("Don't Save");
        waitUntil(() -> replaced.get() == 1);
        assertFalse(Files.exists(file));
        assertTrue(ws.isDirty());
    }

    @Test
    void cancelDoesNothing(FxRobot robot) {
        Path file = ask(robot, "c");
        robot.clickOn("Cancel");
        waitUntil(() -> robot.lookup("#confirm-dialog").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, replaced.get());
        assertFalse(Files.exists(file));
        assertTrue(ws.isDirty());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> c) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, c);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
