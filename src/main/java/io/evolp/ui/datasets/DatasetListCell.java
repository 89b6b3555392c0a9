package io.evolp.ui.datasets;

import io.evolp.ui.workspace.DatasetEntry;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A dataset in the list: name, a warning badge when rows were rejected, then device, row count and
 * the source file — enough to tell several devices' datasets apart at a glance.
 */
final class DatasetListCell extends ListCell<DatasetEntry> {

    @Override
    protected void updateItem(DatasetEntry e, boolean empty) {
        super.updateItem(e, empty);
        setText(null);
        if (empty || e == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        Label name = new Label(e.name());
        name.setStyle("-fx-font-weight: bold;");
        HBox title = new HBox(6, name);
        if (e.totalProblems() > 0) {
            Label badge = new Label("⚠ " + Formats.count(e.totalProblems()) + (e.totalProblems() == 1 ? " problem" : " problems"));
            badge.getStyleClass().add("dataset-problem-badge");
            badge.setStyle("-fx-background-color: #f0a020; -fx-text-fill: black; -fx-padding: 0 4 0 4;"
                    + " -fx-background-radius: 3; -fx-font-size: 0.85em;");
            title.getChildren().add(badge);
        }
        Label details = new Label(e.device() + " · " + Formats.count(e.dataset().size()) + " rows");
        Label source = new Label(e.source() == null ? "(made in the workbench)" : e.source().getFileName().toString());
        source.setStyle("-fx-opacity: 0.7; -fx-font-size: 0.85em;");
        setGraphic(new VBox(1, title, details, source));
        setTooltip(new Tooltip(e.source() == null ? e.name() : e.source().toString()));
    }
}
