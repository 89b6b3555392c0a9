package io.evolp.ui.datasets;

import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Datasets screen at presentation mode's text size in the width the main window leaves it on a
 * 1280 × 800 projector, with the Nano sample open: the set-up the presentation-width tests share.
 */
final class PresentationDatasets {

    /** Presentation mode's 150 % of the 13 px default. */
    static final double PRESENTATION_PX = 19.5;

    final ScriptedDialogs dialogs = new ScriptedDialogs();
    Scene scene;

    void start(Stage stage) {
        DatasetsScreen screen = new DatasetsScreen(new UiContext(new Workspace(), new FxTaskRunner(dialogs), dialogs));
        scene = new Scene((Parent) screen.view(), 1090, 690); // 1280x800 less navigation, menus, toolbar, status bar
        scene.getStylesheets().add(getClass().getResource("/io/evolp/ui/light.css").toExternalForm());
        scene.getRoot().setStyle(style());
        stage.setScene(scene);
        stage.show();
    }

    private static String style() {
        return "-fx-font-size: " + PRESENTATION_PX + "px;";
    }

    /** Opens the Nano sample through the toolbar, as a user does, and waits for its rows. */
    void openNano(FxRobot robot) throws Exception {
        dialogs.answerFiles(List.of(DatasetsScreenTest.NANO));
        robot.clickOn("#openDataset");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "2,994 of 2,994 rows".equals(robot.lookup("#rowCount").queryAs(Label.class).getText()));
    }

    /**
     * Presentation size again, then waits until {@code probe} is drawn at it: in a suite, a main window of
     * an earlier test (its ZoomControl watches every window's scene until collected) restyles a new scene's
     * root to its own 13 px when the scene is set.
     */
    void presentationAgain(FxRobot robot, Label probe) throws Exception {
        robot.interact(() -> scene.getRoot().setStyle(style()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> probe.getFont().getSize() == PRESENTATION_PX);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** With {@code -Dscreenshots.dir=…}, the scene as a PNG of that name. */
    void snapshot(String name) throws Exception {
        String dir = System.getProperty("screenshots.dir");
        if (dir == null) return;
        Files.createDirectories(Path.of(dir));
        var img = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", Path.of(dir, name).toFile());
    }
}
