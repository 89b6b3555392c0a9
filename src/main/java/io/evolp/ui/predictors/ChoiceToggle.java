package io.evolp.ui.predictors;

import javafx.beans.property.Property;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

import java.util.Objects;

/**
 * One button of a segmented choice bound to a property (metric shown, random or active rows): it is
 * selected while the property holds its value, and clicking it sets the value. A segmented button may
 * be clicked off; the choice stays the last one made, so the button selects itself again.
 */
final class ChoiceToggle {

    private ChoiceToggle() {
    }

    static <T> ToggleButton of(String text, String id, String tip, Property<T> choice, T value) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setSelected(Objects.equals(choice.getValue(), value));
        b.setOnAction(e -> {
            b.setSelected(true);
            choice.setValue(value);
        });
        choice.addListener((o, a, now) -> b.setSelected(Objects.equals(now, value)));
        return b;
    }
}
