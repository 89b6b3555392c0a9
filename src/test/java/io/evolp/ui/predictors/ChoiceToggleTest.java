package io.evolp.ui.predictors;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A segmented choice follows its property both ways, and clicking the chosen button does not unchoose it. */
@ExtendWith(ApplicationExtension.class)
class ChoiceToggleTest {

    @Start
    void start(Stage stage) {
        // no window needed: the buttons are driven through their actions
    }

    @Test
    void followsThePropertyAndStaysChosenWhenClickedAgain() throws Exception {
        SimpleBooleanProperty active = new SimpleBooleanProperty(false);
        ToggleButton[] b = WaitForAsyncUtils.asyncFx(() -> new ToggleButton[]{
                ChoiceToggle.of("Random", "r", "random rows", active, false),
                ChoiceToggle.of("Active", "a", "active rows", active, true)}).get();
        assertTrue(b[0].isSelected());
        assertFalse(b[1].isSelected());
        WaitForAsyncUtils.asyncFx(() -> b[1].fire()).get();
        assertTrue(active.get(), "clicking sets the value");
        assertFalse(b[0].isSelected());
        WaitForAsyncUtils.asyncFx(() -> b[1].fire()).get(); // a second click would toggle it off
        assertTrue(b[1].isSelected() && active.get(), "the choice stays");
        WaitForAsyncUtils.asyncFx(() -> active.set(false)).get();
        assertTrue(b[0].isSelected() && !b[1].isSelected(), "the property drives the buttons");
    }
}
