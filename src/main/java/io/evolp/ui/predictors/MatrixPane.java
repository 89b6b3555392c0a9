package io.evolp.ui.predictors;

import io.evolp.analysis.MatrixCells.Cell;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
import java.util.function.Consumer;

/**
 * The accuracy matrix (part of the view): one row per predictor kind, one column per device and
 * architecture (a pooled "all" column where a device has several), each cell the MAPE or ±10 %
 * accuracy of the kind's held-out rows there with its n, coloured green (good) to red (bad), the best
 * kind per column starred. Clicking a cell opens the scatter of the predictors behind it. ControlsFX
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
    private final Consumer<Cell> onOpen;
    private Set<Cell> best = Set.of();
    private boolean syncing;

    /**
     * @param onOpen   a cell was clicked (or Enter pressed on it): show its predictors' scatter
     * @param onExport the user asked for the CSV of the cells shown
     */
    MatrixPane(PredictorsModel model, Consumer<Cell> onOpen, Runnable onExport) {
        this.model = model;
        this.onOpen = onOpen;
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
        ToggleButton mape = ChoiceToggle.of("MAPE %", "metric-mape", "Mean absolute percentage error (lower is better)", model.metric,
                PredictorsModel.Metric.MAPE);
        ToggleButton acc = ChoiceToggle.of("±10 %", "metric-acc10", "Share of layers predicted within ±10 % (higher is better)", model.metric,
                PredictorsModel.Metric.ACC10);
        SegmentedButton metric = new SegmentedButton(mape, acc);
        model.metric.addListener((o, a, m) -> rebuild());
        model.cells.addListener((ListChangeListener<Cell>) c -> cellsChanged());
        Label title = new Label("Which predictor is best on which device? ★ marks the best kind per column; "
                + "click a cell for its predicted-vs-measured scatter.");
        title.setStyle("-fx-font-weight: bold;");
        title.setWrapText(true);
        Label legend = new Label("Held-out rows, green better → red worse, n = rows tested");
        legend.getStyleClass().add("muted");
        legend.setTooltip(new Tooltip("Each cell pools the test rows of all predictors of that kind on that device and architecture;"
                + " \"all\" pools a device's architectures. MAPE colours saturate at " + (int) HeatColour.MAPE_RED + " %."));
        Button csv = new Button("Export CSV…");
        csv.setId("export-matrix-csv");
        csv.setTooltip(new Tooltip("Save the cells shown (one line per cell, full precision, best per column flagged) as CSV"));
        csv.setOnAction(e -> onExport.run());
        csv.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(table.getItems()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, metric, kindFilter, deviceFilter, legend, gap, csv);
        bar.setAlignment(Pos.CENTER_LEFT);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setOnKeyPressed(e -> {
            if (e.getCode() != KeyCode.ENTER) return;
            var pos = table.getFocusModel().getFocusedCell();
            if (pos != null && pos.getTableColumn() != null && pos.getRow() >= 0
                    && pos.getTableColumn().getCellData(pos.getRow()) instanceof Cell c) {
                onOpen.accept(c);
            }
        });
        root = new VBox(4, title, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(6));
        cellsChanged();
    }

    VBox view() { return root; }
    TableView<KindRow> table() { return table; }
    CheckComboBox<String> kindFilter() { return kindFilter; }
    CheckComboBox<String> deviceFilter() { return deviceFilter; }

    /** The cells shown now (filters applied), in matrix order: what the CSV export writes. */
    List<Cell> shownCells() {
        List<Cell> out = new ArrayList<>();
        List<String> kinds = kindFilter.getCheckModel().getCheckedItems().stream().toList();
        Set<String> devices = new LinkedHashSet<>(deviceFilter.getCheckModel().getCheckedItems());
        for (Cell c : model.cells) if (kinds.contains(c.kind()) && devices.contains(c.device())) out.add(c);
        return out;
    }

    /** Whether the screen marks this cell as the best of its column (for the metric shown). */
    boolean isBest(Cell c) {
        return best.contains(c);
    }

    /** The key of a cell's column. */
    static String column(String device, String architecture) {
        return device + "\u001f" + architecture;
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
        Map<String, Map<String, Cell>> byKind = new LinkedHashMap<>();
        Map<String, Set<String>> archByDevice = new LinkedHashMap<>();
        List<Cell> shown = shownCells();
        best = BestCells.of(shown, model.metric.get());
        for (Cell c : shown) {
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
            double each = Math.max(96, (device.length() * 8.0 + 20) / parent.getColumns().size());
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
        c.setCellFactory(col -> new HeatCell(metric));
        c.setPrefWidth(96);
        return c;
    }

    static String text(Cell cell, PredictorsModel.Metric metric) {
        return metric == PredictorsModel.Metric.MAPE ? Fmt.pct(cell.mape()) + " %" : String.format(Locale.ROOT, "%.1f %%", cell.acc10());
    }

    /** A heat-coloured cell: the value (★ and bold when best in its column) over its n; click opens the scatter. */
    private final class HeatCell extends TableCell<KindRow, Cell> {

        private final PredictorsModel.Metric metric;
        private final Label value = new Label();
        private final Label n = new Label();
        private final VBox box = new VBox(0, value, n);

        HeatCell(PredictorsModel.Metric metric) {
            this.metric = metric;
            box.setAlignment(Pos.CENTER_RIGHT);
            // Black on the pale heat colours reads in both themes (the theme's text colour would not).
            value.setStyle("-fx-text-fill: black;");
            n.setStyle("-fx-text-fill: #333333; -fx-font-size: 0.85em;");
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() != null) onOpen.accept(getItem());
            });
        }

        @Override
        protected void updateItem(Cell cell, boolean empty) {
            super.updateItem(cell, empty);
            if (empty || cell == null) {
                setGraphic(null);
                setStyle("");
                setTooltip(null);
                setCursor(null);
                return;
            }
            boolean top = best.contains(cell);
            value.setText((top ? "★ " : "") + text(cell, metric));
            value.setStyle("-fx-text-fill: black;" + (top ? " -fx-font-weight: bold;" : ""));
            n.setText("n " + cell.n());
            setGraphic(box);
            setCursor(Cursor.HAND);
            setStyle("-fx-alignment: CENTER-RIGHT; -fx-background-color: " + HeatColour.of(metric, cell)
                    + "; -fx-border-color: transparent -fx-box-border -fx-box-border transparent;");
            setTooltip(new Tooltip(MatrixCsv.describe(cell) + String.format(Locale.ROOT,
                    ": MAPE %.2f %%, ±10 %% %.1f %%, n %d", cell.mape(), cell.acc10(), cell.n())
                    + (top ? "\nBest in this column." : "") + "\nClick to show the scatter of its predictors."));
        }
    }
}
