package io.evolp.ui.compression;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;

import java.util.function.Consumer;

/** Small pieces the setup fields share. */
final class FormParts {

    private FormParts() {
    }

    /** A red, wrapping message under a field; takes no space while empty. */
    static Label errorLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("error-text"); // theme colours: readable on light and dark
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("muted");
        l.setStyle("-fx-font-size: 0.85em;");
        return l;
    }

    /**
     * Makes {@code trigger} an action item of the combo ("Model file…"): choosing it puts the previous
     * selection back and runs {@code action} (which may select a new item when it succeeds).
     */
    static void actionItem(ComboBox<String> box, String trigger, Consumer<String> action) {
        box.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (trigger.equals(now)) {
                javafx.application.Platform.runLater(() -> {
                    box.getSelectionModel().select(old);
                    action.accept(old);
                });
            }
        });
    }
}
