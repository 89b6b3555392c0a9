package io.evolp.ui.shell;

import io.evolp.ui.devices.DevicesScreen;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File ▸ Profile a new device… and Ctrl+Shift+P open the Devices screen's profile panel from any screen. */
@ExtendWith(ApplicationExtension.class)
class ProfileMenuTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        startShell(stage);
    }

    private boolean profileShown(FxRobot robot) {
        Node panel = robot.lookup("#profile-panel").tryQuery().orElse(null);
        return window.current() instanceof DevicesScreen && panel != null && panel.getScene() != null && panel.isVisible();
    }

    @Test
    void theMenuEntrySwitchesToDevicesAndOpensThePanel(FxRobot robot) {
        fx(robot, () -> window.select(1)); // the user is on Predictors
        assertEquals("Predictors", window.current().title());
        robot.clickOn("File");
        snapMenu(robot);
        robot.clickOn("#menu-profile-device");
        waitFor(() -> profileShown(robot));
        snap(stage.getScene(), "shell-profile-from-menu.png");
        assertNotNull(robot.lookup("#profile-device").tryQuery().orElse(null), "the panel's device choice is there");
    }

    @Test
    void theShortcutDoesTheSameFromAnotherScreen(FxRobot robot) {
        fx(robot, () -> window.select(2)); // Compression
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.SHORTCUT);
        waitFor(() -> profileShown(robot));
    }

    /** With -Dscreenshots.dir: the open File menu (a popup window of its own). */
    private void snapMenu(FxRobot robot) {
        if (System.getProperty("screenshots.dir") == null) return;
        WaitForAsyncUtils.waitForFxEvents();
        robot.listTargetWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst()
                .ifPresent(w -> snap(w.getScene(), "shell-file-menu.png"));
    }

    private static void snap(Scene scene, String name) {
        String dir = System.getProperty("screenshots.dir");
        if (dir == null) return;
        try {
            Files.createDirectories(Path.of(dir));
            var img = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", Path.of(dir, name).toFile());
        } catch (Exception e) {
            throw new AssertionError("could not write " + name, e);
        }
    }

    @Test
    void theUserGuideListsTheShortcut() throws IOException {
        try (InputStream in = MainWindow.class.getResourceAsStream("user-guide.md")) {
            String guide = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(guide.contains("Ctrl+Shift+P  profile a new device"), "keyboard list names Ctrl+Shift+P");
        }
    }
}
