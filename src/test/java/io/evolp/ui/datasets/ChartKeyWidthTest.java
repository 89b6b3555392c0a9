package io.evolp.ui.datasets;

import io.evolp.ui.ScriptedDialogs;
import io.evolp.ui.common.FxTaskRunner;
import io.evolp.ui.workspace.UiContext;
import io.evolp.ui.workspace.Workspace;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
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
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Charts tab's key combo at presentation mode's text size, in the width the main window leaves the
 * screen on a 1280 px projector (as {@link KeyFilterWidthTest}): the longest key of the sample shows whole,
 * and so does every label and option of the control row (it wraps rather than squeezes).
 * With {@code -Dscreenshots.dir=…} it also writes the PNG.
 */
@ExtendWith(ApplicationExtension.class)
class ChartKeyWidthTest {

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
    void theLongestKeyAndEveryControlShowWholeAtPresentationSize(FxRobot robot) throws Exception {
        dialogs.answerFiles(List.of(DatasetsScreenTest.NANO));
        robot.clickOn("#openDataset");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> "2,994 of 2,994 rows".equals(robot.lookup("#rowCount").queryAs(Label.class).getText()));
        robot.clickOn("Charts");
        ComboBox<KeyChoice> combo = robot.lookup("#chartKey").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> combo.getValue() != null);
        ListCell<?> shown = (ListCell<?>) ((ComboBoxListViewSkin<?>) combo.getSkin()).getDisplayNode();
        KeyChoice longest = combo.getItems().stream()
                .max(Comparator.comparingDouble(k -> textWidth(k.toString(), shown))).orElseThrow();
        robot.interact(() -> combo.setValue(longest));
        // Presentation size again: in a suite, a main window of an earlier test (its ZoomControl watches every
        // window's scene until collected) restyled this scene's root to its own 13 px when the scene was set.
        robot.interact(() -> scene.getRoot().setStyle("-fx-font-size: 19.5px;"));
        Label keyLabel = (Label) robot.lookup("#chartControls .label").match(n -> "Key:".equals(((Label) n).getText())).query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> keyLabel.getFont().getSize() == 19.5
                && combo.getWidth() >= ChartsPane.KEY_PREF_EM * keyLabel.getFont().getSize() - 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(longest.toString(), shown.getText());
        assertEquals(shown.getText(), ((Text) shown.lookup(".text")).getText(), "drawn whole, not cut to …");
        System.out.printf("chart key combo: %.0f px at %.1f px text; longest key '%s' needs %.0f px of text%n",
                combo.getWidth(), keyLabel.getFont().getSize(), longest, textWidth(longest.toString(), shown));

        for (Node n : robot.lookup("#chartControls .label, #chartControls .radio-button, #chartControls .check-box").queryAll()) {
            Labeled l = (Labeled) n;
            Text drawn = (Text) l.lookup(".text");
            assertEquals(l.getText(), drawn.getText(), "'" + l.getText() + "' drawn whole");
        }
        Node controls = robot.lookup("#chartControls").query();
        assertTrue(controls.getBoundsInParent().getMaxX() <= scene.getWidth() + 0.5, "the row stays inside the window");

        String dir = System.getProperty("screenshots.dir");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            var img = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", Path.of(dir, "datasets-chartkey-presentation.png").toFile());
        }
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
    }

    private static double textWidth(String s, ListCell<?> cell) {
        Text t = new Text(s);
        t.setFont(cell.getFont());
        return t.getLayoutBounds().getWidth();
    }
}
