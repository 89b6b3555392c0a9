package io.evolp.ui.predictors;

import io.evolp.predict.eval.Metrics;
import io.evolp.ui.workspace.PredictorEntry;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.InvalidationListener;
import javafx.collections.ObservableList;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Accuracy per predictor and device (DESIGN §2: n, RMSE, MAPE, ±5 %, ±10 %, Spearman, worst), one
 * row per trained predictor; multi-select chooses what the charts compare. Numeric columns hold
 * numbers (so they sort as numbers and export at full precision) and are only formatted for display.
 */
final class AccuracyTable {

    private final TableView<PredictorEntry> table = new TableView<>();
    /** What each column shows for a row, as text: the widths are fitted to it. */
    private final Map<TableColumn<PredictorEntry, ?>, Function<PredictorEntry, String>> shown = new LinkedHashMap<>();

    AccuracyTable(ObservableList<PredictorEntry> entries) {
        table.setId("accuracy-table");
        table.setItems(entries);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // Columns keep the width of their content (and stay resizable by hand); a horizontal scroll bar
        // appears when the window is narrower, instead of names and test data being cut to "…".
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new javafx.scene.control.Label("No predictors yet — choose a dataset and kinds, then Train."));
        // The name first, then the metrics (what the table is read for), then the details: at 1280 px
        // the metrics stay in view and the long test-data text scrolls, not the other way round.
        table.getColumns().add(text("Predictor", PredictorEntry::name, 170));
        table.getColumns().add(number("n", m -> m.n(), v -> String.valueOf(v.intValue())));
        table.getColumns().add(number("RMSE (ms)", Metrics::rmseMs, v -> Fmt.ms(v.doubleValue())));
        table.getColumns().add(number("MAPE %", Metrics::mape, v -> Fmt.pct(v.doubleValue())));
        table.getColumns().add(number("±5 %", Metrics::acc5, v -> Fmt.pct(v.doubleValue())));
        table.getColumns().add(number("±10 %", Metrics::acc10, v -> Fmt.pct(v.doubleValue())));
        table.getColumns().add(number("Spearman", Metrics::spearman, v -> Fmt.rho(v.doubleValue())));
        table.getColumns().add(number("worst %", Metrics::worst, v -> Fmt.pct(v.doubleValue())));
        table.getColumns().add(text("Kind", PredictorEntry::kind, 60));
        table.getColumns().add(text("Device", PredictorEntry::device, 120));
        table.getColumns().add(text("Test data", e -> e.testFraction() > 0
                ? String.format(java.util.Locale.ROOT, "%s (%.0f %% holdout, seed %d)", e.datasetName(), e.testFraction() * 100, e.seed())
                : e.datasetName() + " (all rows)", 170));
        table.getColumns().get(0).setId("column-predictor");
        table.getColumns().get(table.getColumns().size() - 1).setId("column-test-data");
        entries.addListener((InvalidationListener) o -> fitColumns());
        // Refit when the header's text size changes (text zoom, presentation mode): widths measured at
        // the normal size cut the headers to "…" at 150 %.
        table.skinProperty().addListener((o, was, skin) -> javafx.application.Platform.runLater(() -> {
            if (table.lookup(".column-header .label") instanceof javafx.scene.control.Labeled l) {
                l.fontProperty().addListener((f, a, b) -> fitColumns());
                fitColumns();
            }
        }));
        fitColumns();
    }

    /** The size of the table's own text: its header labels follow the window's text zoom. */
    private double fontSize() {
        return table.lookup(".column-header .label") instanceof javafx.scene.control.Labeled l
                ? l.getFont().getSize() : javafx.scene.text.Font.getDefault().getSize();
    }

    /** Widens every column to its header and its widest value (never narrows what the user widened). */
    void fitColumns() {
        double size = fontSize();
        double padding = ColumnWidths.PADDING * size / javafx.scene.text.Font.getDefault().getSize();
        for (var col : shown.entrySet()) {
            double w = ColumnWidths.text(col.getKey().getText(), true, size);
            for (PredictorEntry e : table.getItems()) w = Math.max(w, ColumnWidths.text(col.getValue().apply(e), false, size));
            double fitted = Math.max(col.getKey().getPrefWidth(), Math.ceil(w + padding));
            col.getKey().setPrefWidth(fitted);
        }
    }

    TableView<PredictorEntry> view() {
        return table;
    }

    private TableColumn<PredictorEntry, String> text(String title, Function<PredictorEntry, String> f, double width) {
        TableColumn<PredictorEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setPrefWidth(width);
        shown.put(c, f);
        return c;
    }

    private TableColumn<PredictorEntry, Number> number(String title, Function<Metrics, Number> f,
                                                             Function<Number, String> format) {
        TableColumn<PredictorEntry, Number> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(
                d.getValue().evaluation() == null ? null : f.apply(d.getValue().evaluation().overall())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Number v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : format.apply(v));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        });
        c.setPrefWidth(60);
        shown.put(c, e -> e.evaluation() == null ? "" : format.apply(f.apply(e.evaluation().overall())));
        return c;
    }
}
