package io.evolp.ui.compression;

import io.evolp.compress.SessionStep;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.Locale;
import java.util.function.Function;

/**
 * The step log: one row per measured sample — step, kept channels, raw and corrected prediction with
 * its band, what was measured where (simulated or not, typed by the user), whether it landed in the
 * window, and the correction parameters after refitting with it. Numbers are held as numbers (sorting
 * and CSV export use full precision); cells show them rounded.
 */
final class StepLogTable {

    private final TableView<SessionStep> table = new TableView<>();

    StepLogTable() {
        table.setId("stepLog");
        table.setPlaceholder(new javafx.scene.control.Label("No measurements yet: Run, Step or Add measured sample…"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("step", s -> s.index() + 1, 45, "%d"));
        table.getColumns().add(column("kept %", s -> 100 * s.keptRatio(), 60, "%.1f"));
        table.getColumns().add(column("raw ms", SessionStep::rawMs, 70, "%.2f"));
        table.getColumns().add(column("predicted ms", SessionStep::predictedMs, 90, "%.2f"));
        table.getColumns().add(column("band ms", s -> Texts.band(s.band()), 95, null));
        table.getColumns().add(column("measured ms", SessionStep::measuredMs, 90, "%.2f"));
        table.getColumns().add(column("source", s -> s.measured().source()
                + (s.measured().note().isEmpty() ? "" : " (" + s.measured().note() + ")"), 110, null));
        table.getColumns().add(column("simulated", s -> s.measured().simulated() ? "yes" : "no", 70, null));
        table.getColumns().add(column("in window", s -> s.withinWindow() ? "yes" : "no", 70, null));
        table.getColumns().add(column("correction a", s -> param(s, "a"), 85, "%.4g"));
        table.getColumns().add(column("correction b ms", s -> param(s, "b"), 100, "%.4g"));
    }

    TableView<SessionStep> view() { return table; }

    void add(SessionStep s) {
        table.getItems().add(s);
        table.scrollTo(table.getItems().size() - 1);
    }

    void show(java.util.List<SessionStep> steps) {
        table.getItems().setAll(steps);
    }

    void clear() {
        table.getItems().clear();
    }

    int rows() { return table.getItems().size(); }

    private static Double param(SessionStep s, String key) {
        Double v = s.correction().get(key);
        return v == null || !Double.isFinite(v) ? null : v;
    }

    private static <T> TableColumn<SessionStep, T> column(String title, Function<SessionStep, T> value, double width,
                                                          String format) {
        TableColumn<SessionStep, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setPrefWidth(width);
        if (format != null) {
            c.setCellFactory(col -> new TableCell<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? (empty ? null : "—") : String.format(Locale.ROOT, format, item));
                }
            });
        }
        return c;
    }
}
