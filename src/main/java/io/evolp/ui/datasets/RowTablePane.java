package io.evolp.ui.datasets;

import io.evolp.ui.common.ExportMenus;
import io.evolp.ui.common.LatestWins;
import io.evolp.ui.workspace.UiContext;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Button;
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
 * filter and the row count. Filtering and sorting (column header clicks) are computed on a
 * worker as int[] permutations by {@link RowViews}; the newest result replaces the table's items.
 */
final class RowTablePane {

    private record Result(RowQuery query, int[] rows) { }

    private final RowIndexList items = new RowIndexList();
    private final TableView<Integer> table = new TableView<>(items);
    private final ComboBox<KeyChoice> keyFilter = new ComboBox<>();
    private final TextField textFilter = new TextField();
    private final Label count = new Label("");
    private final ReadOnlyIntegerWrapper keyId = new ReadOnlyIntegerWrapper(-1);
    private final RowViews views = new RowViews();
    private final LatestWins<RowQuery, Result> latest;
    private final BorderPane view;
    private RowQuery query;
    private boolean updatingControls;

    RowTablePane(UiContext ctx) {
        latest = new LatestWins<>(ctx.tasks(), "Filtering rows", Duration.millis(200),
                q -> m -> new Result(q, views.compute(q, m)), this::publish);
        table.setId("rowTable");
        table.setFixedCellSize(24); // fixed height: the virtual flow need not measure rows (1M rows)
        table.setPlaceholder(new Label("Open a dataset CSV to see its rows."));
        table.setSortPolicy(t -> {
            requestSort();
            return true; // the sort happens on a worker; the items are replaced when it is done
        });
        keyFilter.setId("keyFilter");
        keyFilter.setPrefWidth(300);
        keyFilter.valueProperty().addListener((o, a, k) -> {
            keyId.set(k == null ? -1 : k.id());
            if (!updatingControls && query != null && k != null) submit(query.withKey(k.id()), true);
        });
        textFilter.setId("textFilter");
        textFilter.setPromptText("filter: key, channels, latency, …");
        textFilter.textProperty().addListener((o, a, t) -> {
            if (!updatingControls && query != null) submit(query.withText(t), false);
        });
        HBox.setHgrow(textFilter, Priority.ALWAYS);
        count.setId("rowCount");
        count.setMinWidth(Region.USE_PREF_SIZE);

        HBox filters = new HBox(8, new Label("Key:"), keyFilter, new Label("Text:"), textFilter, count);
        filters.setAlignment(Pos.CENTER_LEFT);
        Button export = ExportMenus.table(table, ctx, "rows", this::csvJob);
        export.setId("exportRows");
        HBox bottom = new HBox(8, export);
        bottom.setPadding(new Insets(4, 0, 0, 0));
        view = new BorderPane(table, filters, null, bottom, null);
        BorderPane.setMargin(filters, new Insets(0, 0, 6, 0));
        view.setPadding(new Insets(8));
    }

    BorderPane view() { return view; }
    TableView<Integer> table() { return table; }

    /** The key chosen in the filter (-1 = all). */
    ReadOnlyIntegerProperty keyIdProperty() { return keyId.getReadOnlyProperty(); }

    void selectKey(int id) {
        keyFilter.getItems().stream().filter(k -> k.id() == id).findFirst().ifPresent(keyFilter::setValue);
    }

    /** A newly selected dataset: new columns (its extra columns), all rows, file order. */
    void show(DatasetIndex ix) {
        updatingControls = true;
        try {
            List<KeyChoice> keys = new ArrayList<>();
            keys.add(KeyChoice.all(ix.size()));
            for (int k = 0; k < ix.keys().size(); k++) keys.add(KeyChoice.of(ix, k));
            keyFilter.setItems(FXCollections.observableList(keys));
            keyFilter.setValue(keys.get(0));
            textFilter.setText("");
            table.getSortOrder().clear();
            List<RowColumn> cols = RowColumn.forIndex(ix);
            table.getColumns().setAll(cols.stream().map(c -> column(c, ix)).toList());
            query = new RowQuery(ix, cols, -1, "", null, true);
        } finally {
            updatingControls = false;
        }
        submit(query, true);
    }

    void clear() {
        query = null;
        table.getColumns().clear();
        items.setRows(new int[0]);
        keyFilter.setItems(FXCollections.observableArrayList());
        count.setText("");
    }

    private TableColumn<Integer, String> column(RowColumn c, DatasetIndex ix) {
        TableColumn<Integer, String> col = new TableColumn<>(c.header());
        col.setUserData(c);
        col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(c.text(ix, f.getValue())));
        if (c.numeric()) col.setStyle("-fx-alignment: CENTER-RIGHT;");
        col.setPrefWidth(switch (c.header()) {
            case "key" -> 200;
            case "MACs" -> 90;
            case "latency (ms)" -> 100;
            default -> c.numeric() || c.header().length() < 7 ? Math.max(50, 7 * c.header().length() + 16) : 115;
        });
        return col;
    }

    private void requestSort() {
        if (query == null || updatingControls) return;
        RowColumn c = null;
        boolean asc = true;
        if (!table.getSortOrder().isEmpty()) {
            TableColumn<Integer, ?> first = table.getSortOrder().get(0);
            c = (RowColumn) first.getUserData();
            asc = first.getSortType() == TableColumn.SortType.ASCENDING;
        }
        if (c == query.sortColumn() && (c == null || asc == query.ascending())) return;
        submit(query.withSort(c, asc), true);
    }

    private void submit(RowQuery q, boolean now) {
        query = q;
        count.setText(count.getText().isEmpty() ? "…" : count.getText());
        if (now) latest.submitNow(q); else latest.submit(q);
    }

    private void publish(Result r) {
        if (query == null || r.query().index() != query.index()) return; // another dataset meanwhile
        table.getSelectionModel().clearSelection(); // nothing for the selection model to remap over 1M rows
        items.setRows(r.rows());
        count.setText(Formats.rowCount(r.rows().length, r.query().index().size()));
    }

    private ExportMenus.CsvJob csvJob() {
        List<RowColumn> visible = table.getVisibleLeafColumns().stream().map(c -> (RowColumn) c.getUserData()).toList();
        int[] rows = items.rows();
        DatasetIndex ix = query == null ? null : query.index();
        if (ix == null) return (file, m) -> RowCsvExport.job(null, visible, new int[0]).write(file, m);
        return RowCsvExport.job(ix, visible, rows);
    }
}
