package io.evolp.ui.devices;

import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

import java.util.function.BiConsumer;

/**
 * A {@link PropertySheet} editor for a whole number in a range: only digits can be typed; a value
 * out of range (or an empty field) is refused — the field turns red with the reason as its tooltip,
 * the reason goes to {@code problems}, and the stored setting keeps its last valid value.
 */
final class IntRangeEditor implements PropertyEditor<Integer> {

    private final TextField field = new TextField();
    private final SettingItem item;

    /** @param problems gets (setting name, reason) when a value is refused and (name, null) when it is fine again */
    IntRangeEditor(SettingItem item, BiConsumer<String, String> problems) {
        this.item = item;
        field.setId(item.id());
        field.setPrefColumnCount(7);
        field.setTextFormatter(new TextFormatter<>(c -> c.getControlNewText().matches("\\d{0,7}") ? c : null));
        field.textProperty().addListener((o, a, text) -> {
            String why = problem(text);
            field.setTooltip(new Tooltip(why != null ? why : item.getDescription()));
            if (why != null) {
                if (!field.getStyleClass().contains("invalid-value")) field.getStyleClass().add("invalid-value");
                field.setStyle("-fx-border-color: #c0392b; -fx-border-width: 1.5;");
            } else {
                field.getStyleClass().remove("invalid-value");
                field.setStyle("");
                item.setValue(Integer.parseInt(text));
            }
            problems.accept(item.getName(), why);
        });
    }

    /** Why {@code text} is not a value of this setting, or null when it is one. */
    String problem(String text) {
        if (text == null || text.isEmpty()) return item.getName() + ": enter a number from " + item.min() + " to " + item.max();
        int v = Integer.parseInt(text);
        if (v < item.min() || v > item.max()) {
            return item.getName() + " must be " + item.min() + "–" + item.max() + ", not " + v + " (not stored)";
        }
        return null;
    }

    @Override public TextField getEditor() { return field; }

    @Override public Integer getValue() { return problem(field.getText()) == null ? Integer.parseInt(field.getText()) : null; }

    @Override public void setValue(Integer value) { field.setText(value == null ? "" : value.toString()); }
}
