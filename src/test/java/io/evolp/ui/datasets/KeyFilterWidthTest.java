package io.evolp.ui.datasets;

import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Rows tab's key combo at presentation mode's text size, in the width the main window leaves the
 * screen on a 1280 px projector: it shows "All keys (2,994 rows)" whole, not "All keys (2,…".
 * With {@code -Dscreenshots.dir=…} it also writes the PNG.
 */
@ExtendWith(ApplicationExtension.class)
class KeyFilterWidthTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Scene scene;

    @Start
    void start(Stage stage) {
        DatasetsScreen screen = new DatasetsScreen(new UiContext(new Workspace(), new FxTaskRunner(dialogs), dialogs));
        scene = new Scene((Parent) screen.view(), 1090, 690); // 1280x800 less navigation, menus, toolbar, status bar
        scene.getStylesheets().add(getClass().getResource("/io/evolp/ui/light.css").toExternalForm());
        scene.getRoot().setStyle("-fx-font-size: 19.5px;"); // presentation mode's 150 %
        stage.setScene(scene);
        stage.show();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKeyComboShowsItsWholeTextAtPresentationSize(FxRobot robot) throws Exception {
        dialogs.answerFiles(List.of(DatasetsScreenTest.NANO));
        robot.clickOn("#openDataset");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "2,994 of 2,994 rows".equals(robot.lookup("#rowCount").queryAs(Label.class).getText()));
        // Presentation size again: in a suite, a main window of an earlier test (its ZoomControl watches every
        // window's scene until collected) restyled this scene's root to its own 13 px when the scene was set —
        // why the suite once saw this row at 13 px. Then the checks below are at 19.5 px for real.
        robot.interact(() -> scene.getRoot().setStyle("-fx-font-size: 19.5px;"));
        Label keyLabel = (Label) robot.lookup(".label").match(n -> "Key:".equals(((Label) n).getText())).query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> keyLabel.getFont().getSize() == 19.5);
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<KeyChoice> combo = robot.lookup("#keyFilter").queryAs(ComboBox.class);
        ListCell<?> shown = (ListCell<?>) ((ComboBoxListViewSkin<?>) combo.getSkin()).getDisplayNode();
        assertEquals("All keys (2,994 rows)", shown.getText());
        Text drawn = (Text) shown.lookup(".text");
        assertEquals(shown.getText(), drawn.getText(), "drawn whole, not cut to …");
        // The widths are in em of the filter row's text.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> combo.getWidth() >= RowTablePane.KEY_MIN_EM * keyLabel.getFont().getSize() - 1);
        assertTrue(combo.getWidth() >= RowTablePane.KEY_MIN_EM * keyLabel.getFont().getSize() - 1,
                "width " + combo.getWidth() + " at " + keyLabel.getFont().getSize() + " px");
        double em = keyLabel.getFont().getSize();
        assertTrue(robot.lookup("#textFilter").query().getBoundsInParent().getWidth() >= 6 * em - 1, "the text filter stays usable");

        String dir = System.getProperty("screenshots.dir");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            var img = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", Path.of(dir, "datasets-keyfilter-presentation.png").toFile());
        }
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }
}
