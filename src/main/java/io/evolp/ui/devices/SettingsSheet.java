package io.evolp.ui.devices;

import io.evolp.measure.local.LocalSettings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.PropertyEditor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * View pane: the measurement settings of a real device (local or agent — an agent measures with the
 * same settings in its own worker) as a ControlsFX {@link PropertySheet}: ONNX Runtime threads and
 * optimisation level, warm-up, timed runs per round, rounds, and copies of a layer in its
 * measurement module. Whole-number editors refuse values out of range ({@link IntRangeEditor}) and
 * the reason is shown under the sheet; every accepted change goes to {@code onChange} at once.
 */
final class SettingsSheet extends VBox {

    private final Label problem = new Label();
    private final Map<String, String> problems = new LinkedHashMap<>();

    SettingsSheet(LocalSettings initial, Consumer<LocalSettings> onChange) {
        super(6);
        ObjectProperty<LocalSettings> settings = new SimpleObjectProperty<>(initial);
        settings.addListener((o, a, b) -> onChange.accept(b));
        PropertySheet sheet = new PropertySheet(FXCollections.observableArrayList(SettingItem.all(settings)));
        sheet.setId("settings-sheet");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.NAME);
        DefaultPropertyEditorFactory defaults = new DefaultPropertyEditorFactory();
        sheet.setPropertyEditorFactory(item -> {
            SettingItem s = (SettingItem) item;
            if (s.getType() == Integer.class) return new IntRangeEditor(s, this::problem);
            PropertyEditor<?> e = defaults.call(item); // the enum: a choice box of the levels
            e.getEditor().setId(s.id());
            return e;
        });
        sheet.setPrefHeight(200);
        sheet.setMinHeight(190);
        problem.setId("settings-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        Label title = new Label("Measurement settings");
        title.getStyleClass().add("section-title");
        getChildren().addAll(title, sheet, problem);
    }

    private void problem(String setting, String why) {
        if (why == null) problems.remove(setting);
        else problems.put(setting, why);
        problem.setText(String.join("\n", problems.values()));
    }
}
