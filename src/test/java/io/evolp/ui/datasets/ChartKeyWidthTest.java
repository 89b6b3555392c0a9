package io.evolp.ui.datasets;

import javafx.scene.Node;
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

import java.util.Comparator;
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

    private final PresentationDatasets screen = new PresentationDatasets();

    @Start
    void start(Stage stage) {
        screen.start(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLongestKeyAndEveryControlShowWholeAtPresentationSize(FxRobot robot) throws Exception {
        screen.openNano(robot);
        robot.clickOn("Charts");
        ComboBox<KeyChoice> combo = robot.lookup("#chartKey").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> combo.getValue() != null);
        ListCell<?> shown = (ListCell<?>) ((ComboBoxListViewSkin<?>) combo.getSkin()).getDisplayNode();
        KeyChoice longest = combo.getItems().stream()
                .max(Comparator.comparingDouble(k -> textWidth(k.toString(), shown))).orElseThrow();
        robot.interact(() -> combo.setValue(longest));
        Label keyLabel = (Label) robot.lookup("#chartControls .label").match(n -> "Key:".equals(((Label) n).getText())).query();
        screen.presentationAgain(robot, keyLabel);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> combo.getWidth() >= ChartsPane.KEY_PREF_EM * keyLabel.getFont().getSize() - 1);
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
        assertTrue(controls.getBoundsInParent().getMaxX() <= screen.scene.getWidth() + 0.5, "the row stays inside the window");

        screen.snapshot("datasets-chartkey-presentation.png");
        assertTrue(screen.dialogs.errors.isEmpty(), screen.dialogs.errors.toString());
    }

    private static double textWidth(String s, ListCell<?> cell) {
        Text t = new Text(s);
        t.setFont(cell.getFont());
        return t.getLayoutBounds().getWidth();
    }
}
