package io.evolp.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Help ▸ Glossary: the words on the screens in plain language — band, window, kept %, correction,
 * local bias, MAPE … — from a small resource ({@code glossary.md}: "# term" then its explanation),
 * with a search field that filters by term and text. Esc closes it, like the user guide.
 */
final class GlossaryWindow {

    /** One entry: the term and its explanation. */
    record Entry(String term, String text) {
        boolean matches(String query) {
            String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
            return q.isEmpty() || term.toLowerCase(Locale.ROOT).contains(q) || text.toLowerCase(Locale.ROOT).contains(q);
        }
    }

    private GlossaryWindow() {
    }

    static List<Entry> entries() {
        String all;
        try (InputStream in = GlossaryWindow.class.getResourceAsStream("glossary.md")) {
            if (in == null) return List.of(new Entry("Glossary", "The glossary is missing from this build; see README.md."));
            all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of(new Entry("Glossary", "The glossary could not be read: " + e.getMessage()));
        }
        List<Entry> out = new ArrayList<>();
        String term = null;
        StringBuilder text = new StringBuilder();
        for (String line : all.lines().toList()) {
            if (line.startsWith("# ")) {
                if (term != null) out.add(new Entry(term, text.toString().trim()));
                term = line.substring(2).trim();
                text.setLength(0);
            } else if (!line.isBlank()) {
                text.append(line.trim()).append(' ');
            }
        }
        if (term != null) out.add(new Entry(term, text.toString().trim()));
        return out;
    }

    static Stage show(Window owner, List<String> stylesheets) {
        List<Entry> entries = entries();
        VBox list = new VBox(4);
        list.setId("glossary-list");
        list.setPadding(new Insets(8, 16, 16, 16));
        TextField search = new TextField();
        search.setId("glossary-search");
        search.setPromptText("Search the glossary (e.g. band, MAPE)");
        search.setTooltip(new javafx.scene.control.Tooltip("Shows the entries whose term or explanation contains this text"));
        Runnable fill = () -> {
            list.getChildren().clear();
            for (Entry e : entries) {
                if (!e.matches(search.getText())) continue;
                Label term = new Label(e.term());
                term.getStyleClass().add("guide-heading");
                Label text = new Label(e.text());
                text.setWrapText(true);
                list.getChildren().addAll(term, text);
            }
            if (list.getChildren().isEmpty()) list.getChildren().add(new Label("No entry mentions “" + search.getText() + "”."));
        };
        search.textProperty().addListener(o -> fill.run());
        fill.run();
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll);
        BorderPane.setMargin(search, new Insets(12, 16, 4, 16));
        root.setTop(search);
        root.setId("glossary-root");
        Scene scene = new Scene(root, 640, 600);
        scene.getStylesheets().setAll(stylesheets);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("EvoLP Workbench — glossary");
        stage.setScene(scene);
        UserGuideWindow.closeOnEscape(stage);
        stage.show();
        search.requestFocus();
        return stage;
    }
}
