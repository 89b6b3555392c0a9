package io.evolp.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Help ▸ User guide: the guide shipped as a small text resource (headings "# …", indented lines as
 * code), shown in a plain scrolling window that follows the main window's theme.
 */
final class UserGuideWindow {

    private UserGuideWindow() {
    }

    static List<String> lines() {
        try (InputStream in = UserGuideWindow.class.getResourceAsStream("user-guide.md")) {
            if (in == null) return List.of("The user guide is missing from this build; see README.md.");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of("The user guide could not be read: " + e.getMessage());
        }
    }

    static VBox content() {
        VBox box = new VBox(4);
        box.setPadding(new Insets(16));
        for (String line : lines()) {
            if (line.isBlank()) continue;
            Label l;
            if (line.startsWith("# ")) {
                l = new Label(line.substring(2));
                l.getStyleClass().add("guide-heading");
            } else if (line.startsWith("    ")) {
                l = new Label(line.substring(4));
                l.getStyleClass().add("guide-code");
                l.setWrapText(true); // long CSV headers wrap rather than lose their end
            } else {
                l = new Label(line);
                l.setWrapText(true);
            }
            box.getChildren().add(l);
        }
        return box;
    }

    static Stage show(Window owner, List<String> stylesheets) {
        ScrollPane scroll = new ScrollPane(content());
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 720, 640);
        scene.getStylesheets().setAll(stylesheets);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("EvoLP Workbench — user guide");
        stage.setScene(scene);
        closeOnEscape(stage);
        stage.show();
        return stage;
    }

    /** Esc closes {@code stage} — what people expect of a help window (a filter: a focused field cannot swallow it). */
    static void closeOnEscape(Stage stage) {
        stage.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                e.consume();
                stage.close();
            }
        });
    }
}
