package io.evolp.ui.datasets;

import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.UiContext;
import io.evolp.workflow.DatasetImport;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.List;

/**
 * The open datasets (the workspace's list, one per device usually), with Open…, Remove and the
 * device name of the selected one. Reading and renaming run in the background: a million-row
 * file takes a fraction of a second to read but the FX thread must not wait for it.
 */
final class DatasetListPane {

    private final UiContext ctx;
    private final ListView<DatasetEntry> list;
    private final TextField device = new TextField();
    private final VBox view;

    DatasetListPane(UiContext ctx) {
        this.ctx = ctx;
        list = new ListView<>(ctx.workspace().datasets());
        list.setId("datasetList");
        list.setCellFactory(l -> new DatasetListCell());
        list.setPlaceholder(new Label("No dataset open.\nOpen a layer CSV (one per device)."));
        VBox.setVgrow(list, Priority.ALWAYS);
        // A dataset imported anywhere (menu, drag and drop, project) is shown at once when nothing is.
        ctx.workspace().datasets().addListener((javafx.collections.ListChangeListener<DatasetEntry>) c -> {
            while (c.next()) {
                if (c.wasAdded() && !c.wasReplaced() && list.getSelectionModel().getSelectedItem() == null) {
                    list.getSelectionModel().select(c.getAddedSubList().get(0));
                }
            }
        });

        Button open = new Button("Open dataset…");
        open.setId("openDataset");
        open.setOnAction(e -> openFiles());
        Button remove = new Button("Remove");
        remove.setId("removeDataset");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> ctx.workspace().datasets().remove(list.getSelectionModel().getSelectedItem()));

        device.setId("deviceName");
        device.setPromptText("device name");
        device.setTooltip(new Tooltip("The device these rows were measured on; Enter to apply"));
        device.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        device.setOnAction(e -> rename(device.getText()));
        Button apply = new Button("Set");
        apply.setId("setDevice");
        apply.disableProperty().bind(device.disableProperty());
        apply.setOnAction(e -> rename(device.getText()));
        HBox.setHgrow(device, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> device.setText(e == null ? "" : e.device()));

        Label title = new Label("Datasets");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
        view = new VBox(6, title, new HBox(6, open, remove), list, new Label("Device of the selected dataset:"),
                new HBox(4, device, apply));
        view.setPadding(new Insets(8));
        view.setMinWidth(220);
    }

    VBox view() { return view; }

    ListView<DatasetEntry> list() { return list; }

    ReadOnlyObjectProperty<DatasetEntry> selected() {
        return list.getSelectionModel().selectedItemProperty();
    }

    private void openFiles() {
        List<Path> files = ctx.dialogs().openFiles("Open layer datasets", List.of("*.csv"));
        for (Path f : files) {
            ctx.tasks().run("Reading " + f.getFileName(), m -> DatasetImport.read(f, null), this::add);
        }
    }

    /** The valid rows are always added, problems or not; the problems travel with the entry. */
    private void add(DatasetImport.Imported r) {
        DatasetEntry e = new DatasetEntry(ctx.workspace().uniqueDatasetName(r.name()), r.file(), r.dataset(), r.problems(),
                r.totalProblems());
        ctx.workspace().datasets().add(e);
        list.getSelectionModel().select(e);
    }

    private void rename(String newDevice) {
        DatasetEntry e = list.getSelectionModel().getSelectedItem();
        if (e == null || newDevice == null || newDevice.isBlank() || newDevice.strip().equals(e.device())) return;
        String name = newDevice.strip();
        ctx.tasks().run("Renaming device of " + e.name(), m -> e.dataset().withDevice(name), ds -> {
            int i = ctx.workspace().datasets().indexOf(e);
            if (i < 0) return; // removed meanwhile
            ctx.workspace().datasets().set(i, new DatasetEntry(e.name(), e.source(), ds, e.problems(), e.totalProblems()));
            list.getSelectionModel().select(i);
        });
    }
}
