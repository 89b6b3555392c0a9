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
        table.getColumns().add(column("step", "Measurement number, in order", s -> s.index() + 1, "%d"));
        table.getColumns().add(column("kept %", "Share of the channels the candidate keeps", s -> 100 * s.keptRatio(), "%.1f"));
        table.getColumns().add(column("raw ms", "Layer-sum prediction before the correction (ms)", SessionStep::rawMs, "%.2f"));
        table.getColumns().add(column("pred. ms", "Corrected prediction of the candidate when it was proposed (ms)",
                SessionStep::predictedMs, "%.2f"));
        table.getColumns().add(column("band ms", "90 % band of the corrected prediction (ms)", s -> Texts.band(s.band()), null));
        table.getColumns().add(column("meas. ms", "Latency measured for the candidate (median of the runs, ms)",
                SessionStep::measuredMs, "%.2f"));
        table.getColumns().add(column("source", "Where it was measured (a device, a replay, or typed by you)",
                s -> s.measured().source() + (s.measured().note().isEmpty() ? "" : " (" + s.measured().note() + ")"), null));
        table.getColumns().add(column("sim.", "Simulated device (yes) or a real measurement (no)",
                s -> s.measured().simulated() ? "yes" : "no", null));
        table.getColumns().add(column("in win.", "Whether the measurement landed in the window [97 %, 100 %] of the budget",
                s -> s.withinWindow() ? "yes" : "no", null));
        table.getColumns().add(column("slope", "Correction slope after refitting with this measurement"
                + " (measured ≈ slope × raw + offset)", s -> param(s, "a"), "%.4g"));
        table.getColumns().add(column("offset ms", "Correction offset after refitting with this measurement (ms)",
                s -> param(s, "b"), "%.4g"));
        // Header tooltips: a TableColumn has none, its header node (made by the skin) can carry one.
        table.skinProperty().addListener((o, a, skin) -> javafx.application.Platform.runLater(this::installHeaderTips));
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

    /** Header tooltips, keyed by the column; put on the header nodes once the skin made them. */
    private final java.util.Map<TableColumn<?, ?>, String> tips = new java.util.HashMap<>();

    private void installHeaderTips() {
        for (javafx.scene.Node n : table.lookupAll(".column-header")) {
            if (n instanceof javafx.scene.control.skin.TableColumnHeader h && tips.containsKey(h.getTableColumn())) {
                javafx.scene.control.Tooltip.install(h, new javafx.scene.control.Tooltip(tips.get(h.getTableColumn())));
            }
        }
    }

    /** The tooltip of a column's header (tests). */
    String headerTip(int column) {
        return tips.get(table.getColumns().get(column));
    }

    /**
     * A column with a short header (its CSV header too) whose explanation is the header's tooltip,
     * and a minimum width that keeps the header readable: about 0.62 em per character plus padding
     * at the table's font size.
     */
    private <T> TableColumn<SessionStep, T> column(String title, String tip, Function<SessionStep, T> value,
                                                   String format) {
        TableColumn<SessionStep, T> c = new TableColumn<>(title);
        tips.put(c, tip);
        double em = javafx.scene.text.Font.getDefault().getSize();
        c.setMinWidth(em * (0.62 * title.length() + 2));
        c.setPrefWidth(Math.max(c.getMinWidth(), em * (title.equals("source") ? 9 : title.equals("band ms") ? 8.5 : 0)));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
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
