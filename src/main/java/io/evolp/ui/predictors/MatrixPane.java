package io.evolp.ui.predictors;

import io.evolp.analysis.MatrixCells.Cell;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.SegmentedButton;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The accuracy matrix (part of the view): one row per predictor kind, one column per device and
 * architecture (a pooled "all" column where a device has several), each cell the MAPE or ±10 %
 * accuracy of the kind's held-out rows there, coloured green (good) to red (bad). ControlsFX
 * check-combos filter kinds and devices; the cells come from the model (computed on a worker).
 */
final class MatrixPane {

    /** One table row: a kind and its cells by {@link #column(String, String)}. */
    record KindRow(String kind, Map<String, Cell> cells) { }

    private final PredictorsModel model;
    private final TableView<KindRow> table = new TableView<>();
    private final CheckComboBox<String> kindFilter = new CheckComboBox<>();
    private final CheckComboBox<String> deviceFilter = new CheckComboBox<>();
    private final Set<String> unchecked = new LinkedHashSet<>();
    private final VBox root;
    private boolean syncing;

    MatrixPane(PredictorsModel model) {
        this.model = model;
        table.setId("accuracy-matrix");
        table.setPlaceholder(new Label("No evaluated predictors yet — train some to compare kinds across devices."));
        kindFilter.setId("matrix-kinds");
        kindFilter.setTitle("Kinds");
        kindFilter.setTooltip(new Tooltip("Predictor kinds shown as rows"));
        deviceFilter.setId("matrix-devices");
        deviceFilter.setTitle("Devices");
        deviceFilter.setTooltip(new Tooltip("Devices shown as columns"));
        kindFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> filterChanged(kindFilter));
        deviceFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> filterChanged(deviceFilter));
        ToggleButton mape = toggle("MAPE %", "metric-mape", PredictorsModel.Metric.MAPE, "Mean absolute percentage error (lower is better)");
        ToggleButton acc = toggle("±10 %", "metric-acc10", PredictorsModel.Metric.ACC10, "Share of layers predicted within ±10 % (higher is better)");
        SegmentedButton metric = new SegmentedButton(mape, acc);
        model.metric.addListener((o, a, m) -> rebuild());
        model.cells.addListener((ListChangeListener<Cell>) c -> cellsChanged());
        Label title = new Label("Held-out rows of every predictor, by kind · green better, red worse");
        title.setTooltip(new Tooltip("Each cell pools the test rows of all predictors of that kind on that device and architecture;"
                + " \"all\" pools a device's architectures. MAPE colours saturate at " + (int) HeatColour.MAPE_RED + " %."));
        HBox bar = new HBox(8, metric, kindFilter, deviceFilter, title);
        bar.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(4, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(6));
        cellsChanged();
    }

    VBox view() { return root; }
    TableView<KindRow> table() { return table; }
    CheckComboBox<String> kindFilter() { return kindFilter; }
    CheckComboBox<String> deviceFilter() { return deviceFilter; }

    /** The key of a cell's column. */
    static String column(String device, String architecture) {
        return device + "\u001f" + architecture;
    }

    private ToggleButton toggle(String text, String id, PredictorsModel.Metric m, String tip) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setSelected(model.metric.get() == m);
        // A segmented button may be clicked off; the metric stays the last one chosen.
        b.setOnAction(e -> {
            b.setSelected(true);
            model.metric.set(m);
        });
        model.metric.addListener((o, a, now) -> b.setSelected(now == m));
        return b;
    }

    /** New cells: offer their kinds and devices, keeping what the user unchecked unchecked. */
    private void cellsChanged() {
        syncing = true;
        try {
            refill(kindFilter, model.cells.stream().map(Cell::kind).distinct().toList());
            refill(deviceFilter, model.cells.stream().map(Cell::device).distinct().sorted().toList());
        } finally {
            syncing = false;
        }
        rebuild();
    }

    private void refill(CheckComboBox<String> box, List<String> items) {
        box.getItems().setAll(items);
        for (String s : items) if (!unchecked.contains(box.getId() + s)) box.getCheckModel().check(s);
    }

    private void filterChanged(CheckComboBox<String> box) {
        if (syncing) return;
        for (String s : box.getItems()) {
            if (box.getCheckModel().isChecked(s)) unchecked.remove(box.getId() + s);
            else unchecked.add(box.getId() + s);
        }
        rebuild();
    }

    private void rebuild() {
        List<String> kinds = kindFilter.getCheckModel().getCheckedItems().stream().toList();
        Set<String> devices = new LinkedHashSet<>(deviceFilter.getCheckModel().getCheckedItems());
        Map<String, Map<String, Cell>> byKind = new LinkedHashMap<>();
        Map<String, Set<String>> archByDevice = new LinkedHashMap<>();
        for (Cell c : model.cells) {
            if (!kinds.contains(c.kind()) || !devices.contains(c.device())) continue;
            byKind.computeIfAbsent(c.kind(), k -> new LinkedHashMap<>()).put(column(c.device(), c.architecture()), c);
            archByDevice.computeIfAbsent(c.device(), d -> new LinkedHashSet<>()).add(c.architecture());
        }
        List<TableColumn<KindRow, ?>> columns = new ArrayList<>();
        TableColumn<KindRow, String> kind = new TableColumn<>("Predictor kind");
        kind.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().kind()));
        kind.setPrefWidth(120);
        columns.add(kind);
        archByDevice.keySet().stream().sorted().forEach(device -> {
            TableColumn<KindRow, Cell> parent = new TableColumn<>(device);
            List<String> archs = archByDevice.get(device).stream()
                    .filter(a -> !a.equals(io.evolp.analysis.AccuracyMatrix.ALL)).toList();
            for (String a : archs) parent.getColumns().add(cellColumn(device, a, a));
            if (archs.size() > 1) parent.getColumns().add(cellColumn(device, io.evolp.analysis.AccuracyMatrix.ALL, "all"));
            // Wide enough that the device name in the header is not cut.
            double each = Math.max(80, (device.length() * 8.0 + 20) / parent.getColumns().size());
            for (TableColumn<KindRow, ?> child : parent.getColumns()) child.setPrefWidth(each);
            columns.add(parent);
        });
        table.getColumns().setAll(columns);
        table.getItems().setAll(byKind.entrySet().stream().map(e -> new KindRow(e.getKey(), e.getValue())).toList());
    }

    private TableColumn<KindRow, Cell> cellColumn(String device, String architecture, String title) {
        TableColumn<KindRow, Cell> c = new TableColumn<>(title);
        c.setId("matrix-" + device + "-" + architecture);
        String key = column(device, architecture);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().cells().get(key)));
        PredictorsModel.Metric metric = model.metric.get();
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Cell cell, boolean empty) {
                super.updateItem(cell, empty);
                setText(empty || cell == null ? null : text(cell, metric));
                setStyle(empty || cell == null ? "" : "-fx-alignment: CENTER-RIGHT; -fx-text-fill: black; -fx-background-color: "
                        + HeatColour.of(metric, cell) + ";");
                setTooltip(empty || cell == null ? null : new Tooltip(cell.kind() + " on " + cell.device() + " / " + cell.architecture()
                        + String.format(Locale.ROOT, ": MAPE %.2f %%, ±10 %% %.1f %%, n %d", cell.mape(), cell.acc10(), cell.n())));
            }
        });
        return c;
    }

    static String text(Cell cell, PredictorsModel.Metric metric) {
        return metric == PredictorsModel.Metric.MAPE ? Fmt.pct(cell.mape()) : String.format(Locale.ROOT, "%.1f", cell.acc10());
    }
}
