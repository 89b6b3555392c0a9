package io.evolp.ui.datasets;

import io.evolp.ui.common.ExportMenus;
import io.evolp.ui.common.FontScaledTable;
import io.evolp.ui.common.UiServices;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of the selected dataset: a virtualised table over row indices, a key filter, a text
 * filter and the row count. A view pane: user input goes to the {@link DatasetsController} (which
 * filters and sorts on a worker, latest wins); the table shows the model's rows when they change.
 */
final class RowTablePane {

    private final DatasetsModel model;
    private final DatasetsController controller;
    private final RowIndexList items = new RowIndexList();
    private final TableView<Integer> table = new TableView<>(items);
    private final ComboBox<KeyChoice> keyFilter = new ComboBox<>();
    private final TextField textFilter = new TextField();
    private final Label count = new Label("");
    /** Typing is debounced here (a UI concern); the controller then drops any stale computation. */
    private final PauseTransition typing = new PauseTransition(Duration.millis(200));
    private final BorderPane view;
    private boolean updatingControls;

    /** The key combo's least width in em: "All keys (1,000,000 rows)" and its arrow. */
    static final double KEY_MIN_EM = 16;

    RowTablePane(UiServices ctx, DatasetsModel model, DatasetsController controller) {
        this.model = model;
        this.controller = controller;
        table.setId("rowTable");
        // Fixed height (the virtual flow need not measure 1M rows) that follows the text size.
        FontScaledTable.follow(table, count);
        table.setPlaceholder(new Label("Open a dataset CSV to see its rows."));
        table.setSortPolicy(t -> {
            requestSort();
            return true; // the sort happens on a worker; the items are replaced when it is done
        });
        keyFilter.setId("keyFilter");
        keyFilter.valueProperty().addListener((o, a, k) -> {
            if (!updatingControls && k != null) busy(controller.filterKey(k.id()));
        });
        textFilter.setId("textFilter");
        textFilter.setPromptText("filter: key, channels, latency, …");
        typing.setOnFinished(e -> busy(controller.filterText(textFilter.getText())));
        textFilter.textProperty().addListener((o, a, t) -> {
            if (!updatingControls) typing.playFromStart();
        });
        HBox.setHgrow(textFilter, Priority.ALWAYS);
        count.setId("rowCount");
        count.setMinWidth(Region.USE_PREF_SIZE);

        Label keyLabel = new Label("Key:");
        Label textLabel = new Label("Text:");
        keyLabel.setMinWidth(Region.USE_PREF_SIZE); // at presentation size they were squeezed to "…"
        textLabel.setMinWidth(Region.USE_PREF_SIZE);
        // Widths in em, so the key combo keeps "All keys (3,010 rows)" readable at presentation size (a fixed
        // 300 px was squeezed to "All keys (3,…"); the text field gives way first, down to a few words.
        keyFilter.prefWidthProperty().bind(keyLabel.fontProperty().map(f -> 23 * f.getSize()));
        keyFilter.minWidthProperty().bind(keyLabel.fontProperty().map(f -> KEY_MIN_EM * f.getSize()));
        textFilter.minWidthProperty().bind(keyLabel.fontProperty().map(f -> 6 * f.getSize()));
        HBox filters = new HBox(8, keyLabel, keyFilter, textLabel, textFilter);
        filters.setAlignment(Pos.CENTER_LEFT);
        Button export = ExportMenus.table(table, ctx, "rows", () -> controller.rowsCsv(visibleColumns()));
        export.setId("exportRows");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, export, gap, count); // the count moved here: the filter row needs the width
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(4, 0, 0, 0));
        view = new BorderPane(table, filters, null, bottom, null);
        BorderPane.setMargin(filters, new Insets(0, 0, 6, 0));
        view.setPadding(new Insets(8));

        model.indexProperty().addListener((o, a, ix) -> {
            if (ix == null) clear(); else show(ix);
        });
        model.rowsProperty().addListener((o, a, rows) -> publish(rows));
        model.selectedKeyProperty().addListener((o, a, id) -> selectKey(id.intValue()));
    }

    BorderPane view() { return view; }
    TableView<Integer> table() { return table; }

    private void selectKey(int id) {
        keyFilter.getItems().stream().filter(k -> k.id() == id).findFirst().ifPresent(keyFilter::setValue);
    }

    /** A newly indexed dataset: new columns (its extra columns), all keys, no text, file order. */
    private void show(DatasetIndex ix) {
        updatingControls = true;
        try {
            typing.stop();
            List<KeyChoice> keys = new ArrayList<>();
            keys.add(KeyChoice.all(ix.size()));
            for (int k = 0; k < ix.keys().size(); k++) keys.add(KeyChoice.of(ix, k));
            keyFilter.setItems(FXCollections.observableList(keys));
            keyFilter.setValue(keys.get(0));
            textFilter.setText("");
            table.getSortOrder().clear();
            table.getColumns().setAll(RowColumn.forIndex(ix).stream().map(c -> column(c, ix)).toList());
            count.setText("…");
        } finally {
            updatingControls = false;
        }
    }

    private void clear() {
        updatingControls = true;
        try {
            typing.stop();
            table.getColumns().clear();
            items.setRows(new int[0]);
            keyFilter.setItems(FXCollections.observableArrayList());
            count.setText("");
        } finally {
            updatingControls = false;
        }
    }

    private TableColumn<Integer, String> column(RowColumn c, DatasetIndex ix) {
        TableColumn<Integer, String> col = new TableColumn<>(c.header());
        col.setUserData(c);
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(c.display(ix, f.getValue())));
        if (c.numeric()) col.setStyle("-fx-alignment: CENTER-RIGHT;");
        col.setPrefWidth(FontScaledTable.width(switch (c.header()) {
            case "key" -> 200;
            case "MACs" -> 115;
            case "latency (ms)" -> 100;
            default -> c.numeric() || c.header().length() < 7 ? Math.max(50, 7 * c.header().length() + 16) : 115;
        }, count));
        return col;
    }

    private void requestSort() {
        if (updatingControls || model.query() == null) return;
        RowColumn c = null;
        boolean asc = true;
        if (!table.getSortOrder().isEmpty()) {
            TableColumn<Integer, ?> first = table.getSortOrder().get(0);
            c = (RowColumn) first.getUserData();
            asc = first.getSortType() == TableColumn.SortType.ASCENDING;
        }
        busy(controller.sort(c, asc));
    }

    /** Shows "…" until the computation the user just asked for is published. */
    private void busy(java.util.concurrent.CompletableFuture<int[]> pending) {
        String t = count.getText();
        if (!pending.isDone() && !t.isEmpty() && !t.endsWith("…")) count.setText(t + " …");
    }

    private void publish(int[] rows) {
        table.getSelectionModel().clearSelection(); // nothing for the selection model to remap over 1M rows
        items.setRows(rows);
        count.setText(model.rowCountText());
    }

    private List<RowColumn> visibleColumns() {
        return table.getVisibleLeafColumns().stream().map(c -> (RowColumn) c.getUserData()).toList();
    }
}
