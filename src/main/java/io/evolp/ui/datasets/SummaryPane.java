package io.evolp.ui.datasets;

import io.evolp.ui.common.ExportMenus;
import io.evolp.ui.workspace.UiContext;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The per-key summary table (one row per configuration key). Small — a dataset has tens of keys
 * — so it sorts with the standard TableView sort. Selecting a row selects that key elsewhere.
 */
final class SummaryPane {

    private final TableView<KeySummary> table = new TableView<>();
    private final BorderPane view;

    SummaryPane(UiContext ctx, IntConsumer onKeySelected) {
        table.setId("summaryTable");
        table.setPlaceholder(new Label("No dataset selected."));
        table.getColumns().setAll(List.of(
                text("key", KeySummary::key, 200),
                number("rows", KeySummary::rows, v -> Formats.grouped(((Number) v).longValue())),
                range("cin", KeySummary::cinRange),
                range("cout", KeySummary::coutRange),
                number("latency min (ms)", KeySummary::latencyMin, v -> Formats.ms((Double) v)),
                number("p10 (ms)", KeySummary::latencyP10, v -> Formats.ms((Double) v)),
                number("latency median (ms)", KeySummary::latencyMedian, v -> Formats.ms((Double) v)),
                number("p90 (ms)", KeySummary::latencyP90, v -> Formats.ms((Double) v)),
                number("latency max (ms)", KeySummary::latencyMax, v -> Formats.ms((Double) v)),
                range("MACs", KeySummary::macsRange)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null) onKeySelected.accept(s.keyId());
        });
        Button export = ExportMenus.table(table, ctx, "key-summary");
        export.setId("exportSummary");
        HBox bottom = new HBox(8, export,
                new Label("Select a key to filter the rows and chart it."));
        bottom.setPadding(new Insets(4, 0, 0, 0));
        view = new BorderPane(table, null, null, bottom, null);
        view.setPadding(new Insets(8));
    }

    BorderPane view() { return view; }
    TableView<KeySummary> table() { return table; }

    /** Shows the model's summary list itself (not a copy), so the table follows its changes. */
    void bind(ObservableList<KeySummary> rows) {
        table.setItems(rows);
    }

    private static TableColumn<KeySummary, String> text(String h, Function<KeySummary, String> f, double w) {
        TableColumn<KeySummary, String> c = new TableColumn<>(h);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    /** Typed values sort numerically; the cell shows {@code show(value)} (CSV export writes toString). */
    private static <T extends Comparable<T>> TableColumn<KeySummary, T> number(String h, Function<KeySummary, T> f,
                                                                            Function<Object, String> show) {
        TableColumn<KeySummary, T> c = new TableColumn<>(h);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(T v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : show.apply(v));
            }
        });
        c.setPrefWidth(Math.max(70, 8 * h.length() + 10));
        return c;
    }

    /** "32–1024" ranges sorted by their lower end. */
    private static TableColumn<KeySummary, String> range(String h, Function<KeySummary, String> f) {
        TableColumn<KeySummary, String> c = text(h, f, h.equals("MACs") ? 200 : 90);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        // Sorts the cell strings by their numeric lower bound ("8–64" before "16–32").
        c.setComparator(Comparator.comparingDouble(s -> Double.parseDouble(s.split("–")[0])));
        // The value stays the plain range (sorting, CSV export); only the cell groups the digits.
        c.setCellFactory(col -> new TableCell<>() {
            @Override protected void updateItem(String v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Formats.groupedRange(v));
            }
        });
        return c;
    }
}
