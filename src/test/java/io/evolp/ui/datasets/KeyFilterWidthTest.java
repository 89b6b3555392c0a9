package io.evolp.ui.datasets;

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

    private final PresentationDatasets screen = new PresentationDatasets();

    @Start
    void start(Stage stage) {
        screen.start(stage);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKeyComboShowsItsWholeTextAtPresentationSize(FxRobot robot) throws Exception {
        screen.openNano(robot);
        Label keyLabel = (Label) robot.lookup(".label").match(n -> "Key:".equals(((Label) n).getText())).query();
        screen.presentationAgain(robot, keyLabel);
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

        screen.snapshot("datasets-keyfilter-presentation.png");
        assertTrue(screen.dialogs.errors.isEmpty(), screen.dialogs.errors.toString());
    }
}
