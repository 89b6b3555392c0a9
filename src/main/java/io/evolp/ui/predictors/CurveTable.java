package io.evolp.ui.predictors;

import io.evolp.predict.curve.LearningCurve;
import io.evolp.workflow.LearningCurves;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The numbers under the learning-curve chart (part of the view): one line per kind and size — the
 * median and min–max over the seeds of ±10 % accuracy and MAPE.
 * Rounded for reading; the CSV export carries full precision and every seed's value.
 */
final class CurveTable {

    /** One line as shown. */
    record Row(String kind, String rows, String acc10, String acc10Range, String mape, String mapeRange, String testRows) { }

    private final TableView<Row> table = new TableView<>();

    CurveTable() {
        table.setId("curve-table");
        table.setPlaceholder(new Label("No learning curve yet — choose the inputs above and press Run."));
        table.getColumns().setAll(List.of(column("Predictor", Row::kind, 1.8), column("Training rows", Row::rows, 1.1),
                column("±10 % median", Row::acc10, 1.1), column("±10 % min–max", Row::acc10Range, 1.3),
                column("MAPE median", Row::mape, 1.1), column("MAPE min–max", Row::mapeRange, 1.3)));
        // The held-out count is the same on every line (one fixed part): the status line, the chart and the CSV give it.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Headers measured at the normal size were cut to "…" at presentation mode's 150 %: every column is
        // at least as wide as its header at the size the header really has, refitted when that changes.
        table.skinProperty().addListener((o, was, skin) -> javafx.application.Platform.runLater(() -> {
            if (table.lookup(".column-header .label") instanceof javafx.scene.control.Labeled l) {
                l.fontProperty().addListener((f, a, b) -> fitHeaders(b.getSize()));
                fitHeaders(l.getFont().getSize());
            }
        }));
    }

    private void fitHeaders(double size) {
        double padding = ColumnWidths.PADDING * size / javafx.scene.text.Font.getDefault().getSize();
        for (TableColumn<Row, ?> c : table.getColumns()) c.setMinWidth(Math.ceil(ColumnWidths.text(c.getText(), true, size) + padding));
    }

    TableView<Row> view() { return table; }

    void show(LearningCurves.Result r) {
        table.getItems().setAll(r == null ? List.of() : rows(r));
    }

    static List<Row> rows(LearningCurves.Result r) {
        List<Row> out = new ArrayList<>();
        for (LearningCurve.Point p : r.points()) {
            out.add(new Row(CurveChart.label(p.kind(), r), CurveAxis.tickLabel(p.rows(), r.trainRows()), pct(p.medianAcc10()),
                    pct(p.minAcc10()) + " – " + pct(p.maxAcc10()), pct(p.medianMape()),
                    pct(LearningCurves.minMape(p)) + " – " + pct(LearningCurves.maxMape(p)), String.valueOf(p.testRows())));
        }
        return out;
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", v);
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value, double weight) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setId("curve-col-" + title.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(90 * weight);
        if (!title.equals("Predictor")) c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }
}
