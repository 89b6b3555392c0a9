package io.evolp.ui.datasets;

import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.Workspace;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The open datasets (the workspace's list, one per device usually), with Open…, Remove and the
 * device name of the selected one. A view pane: the list follows the model's selection and the
 * buttons call the {@link DatasetsController}, which reads and renames in the background.
 */
final class DatasetListPane {

    private final ListView<DatasetEntry> list;
    private final TextField device = new TextField();
    private final VBox view;

    DatasetListPane(Workspace workspace, DatasetsModel model, DatasetsController controller) {
        list = new ListView<>(workspace.datasets());
        list.setId("datasetList");
        list.setCellFactory(l -> new DatasetListCell());
        list.setPlaceholder(new Label("No dataset open.\nOpen a layer CSV (one per device)."));
        VBox.setVgrow(list, Priority.ALWAYS);
        // A dataset imported anywhere (menu, drag and drop, project) is shown at once when nothing is.
        workspace.datasets().addListener((javafx.collections.ListChangeListener<DatasetEntry>) c -> {
            while (c.next()) {
                if (c.wasAdded() && !c.wasReplaced() && list.getSelectionModel().getSelectedItem() == null) {
                    list.getSelectionModel().select(c.getAddedSubList().get(0));
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> controller.select(e));
        model.selectedProperty().addListener((o, a, e) -> {
            if (e == null) list.getSelectionModel().clearSelection();
            else if (list.getSelectionModel().getSelectedItem() != e) list.getSelectionModel().select(e);
            device.setText(e == null ? "" : e.device());
        });

        Button open = new Button("Open dataset…");
        open.setId("openDataset");
        open.setOnAction(e -> controller.openFiles());
        Button remove = new Button("Remove");
        remove.setId("removeDataset");
        remove.disableProperty().bind(model.selectedProperty().isNull());
        remove.setOnAction(e -> controller.removeSelected());

        device.setId("deviceName");
        device.setPromptText("device name");
        device.setTooltip(new Tooltip("The device these rows were measured on; Enter to apply"));
        device.disableProperty().bind(model.selectedProperty().isNull());
        device.setOnAction(e -> controller.renameDevice(device.getText()));
        Button apply = new Button("Set");
        apply.setId("setDevice");
        apply.disableProperty().bind(device.disableProperty());
        apply.setOnAction(e -> controller.renameDevice(device.getText()));
        HBox.setHgrow(device, Priority.ALWAYS);

        Label title = new Label("Datasets");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
        view = new VBox(6, title, new HBox(6, open, remove), list, new Label("Device of the selected dataset:"),
                new HBox(4, device, apply));
        view.setPadding(new Insets(8));
        // In em, not pixels: at presentation text size a 220 px column cut both buttons to "…".
        view.setStyle("-fx-min-width: 17em;");
        for (Button b : new Button[] {open, remove, apply}) b.setMinWidth(Region.USE_PREF_SIZE);
    }

    VBox view() { return view; }

    ListView<DatasetEntry> list() { return list; }
}
