package io.evolp.ui.datasets;

import io.evolp.ui.common.ExportMenus;
import io.evolp.ui.common.LatestWins;
import io.evolp.ui.workspace.UiContext;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.jfree.chart.fx.ChartViewer;

import java.util.ArrayList;
import java.util.List;

/**
 * Charts of the selected dataset: latency against cin or cout for one key (coloured by the other
 * count) and the latency distribution. Chart data is built on a worker ("latest wins", so flipping
 * options quickly never queues stale work) and swapped into the charts on the FX thread.
 */
final class ChartsPane {

    /** Points drawn at most per scatter (DESIGN §7: XYDotRenderer redraws ~100k in 0.3–0.6 s here). */
    static final int DEFAULT_CAP = 20_000;
    /** The key combo's width in em: "224/k11x11/s4x4/p2x2/dense/bias (12,345 rows)" and the arrow; at least a short key. */
    static final double KEY_PREF_EM = 27, KEY_MIN_EM = 16;

    private record Request(DatasetIndex ix, int keyId, boolean xIsCin, boolean logX, boolean allKeys, int cap) { }

    private record Result(Request request, ScatterData scatter, HistogramData histogram) { }

    private final ComboBox<KeyChoice> key = new ComboBox<>();
    private final RadioButton byCin = new RadioButton("cin");
    private final RadioButton byCout = new RadioButton("cout");
    private final CheckBox logX = new CheckBox("log latency axis");
    private final CheckBox allKeys = new CheckBox("all keys");
    private final LatencyScatterChart scatter = new LatencyScatterChart();
    private final LatencyHistogramChart histogram = new LatencyHistogramChart();
    private final ChartViewer scatterViewer = new ChartViewer(scatter.chart());
    private final ChartViewer histogramViewer = new ChartViewer(histogram.chart());
    private final LatestWins<Request, Result> latest;
    private final BorderPane view;
    private DatasetIndex index;
    private int cap = DEFAULT_CAP;

    ChartsPane(UiContext ctx) {
        latest = new LatestWins<>(ctx.tasks(), "Building charts", Duration.millis(100), r -> m -> new Result(r,
                ScatterData.build(r.ix(), r.keyId(), r.xIsCin(), r.cap(), m),
                HistogramData.build(r.ix(), r.allKeys() ? -1 : r.keyId(), r.logX(), m)), this::publish);
        key.setId("chartKey");
        ToggleGroup axis = new ToggleGroup();
        byCin.setToggleGroup(axis);
        byCout.setToggleGroup(axis);
        byCin.setSelected(true);
        byCin.setId("xCin");
        byCout.setId("xCout");
        logX.setId("histLogX");
        allKeys.setId("histAllKeys");
        key.valueProperty().addListener((o, a, b) -> refresh());
        axis.selectedToggleProperty().addListener((o, a, b) -> refresh());
        logX.selectedProperty().addListener((o, a, b) -> refresh());
        allKeys.selectedProperty().addListener((o, a, b) -> refresh());
        scatterViewer.setId("scatterChart");
        histogramViewer.setId("histogramChart");

        Label keyLabel = new Label("Key:");
        // Widths in em of the row's text, as the Rows tab's key combo: at presentation size (19.5 px) the text
        // "14/k1x1/s1x1/p0x0/dense (256 rows)" alone takes 364 px, more than the fixed 300 px it had. The
        // groups wrap rather than squeeze.
        key.prefWidthProperty().bind(keyLabel.fontProperty().map(f -> KEY_PREF_EM * f.getSize()));
        key.minWidthProperty().bind(keyLabel.fontProperty().map(f -> KEY_MIN_EM * f.getSize()));
        FlowPane controls = new FlowPane(16, 4, group(keyLabel, key), group(new Label("x axis:"), byCin, byCout),
                group(new Label("Distribution:"), logX, allKeys));
        controls.setId("chartControls");
        controls.setAlignment(Pos.CENTER_LEFT);
        HBox scatterExport = ExportMenus.chart(scatterViewer, ctx, "latency-scatter");
        HBox histogramExport = ExportMenus.chart(histogramViewer, ctx, "latency-distribution");
        scatterExport.getChildren().get(0).setId("scatterPng");
        scatterExport.getChildren().get(1).setId("scatterSvg");
        histogramExport.getChildren().get(0).setId("histogramPng");
        histogramExport.getChildren().get(1).setId("histogramSvg");
        SplitPane charts = new SplitPane(box(scatterViewer, scatterExport), box(histogramViewer, histogramExport));
        charts.setDividerPositions(0.55);
        view = new BorderPane(charts, controls, null, null, null);
        BorderPane.setMargin(controls, new Insets(0, 0, 6, 0));
        view.setPadding(new Insets(8));
    }

    /** Controls that belong together stay on one line when the row wraps. */
    private static HBox group(Node... nodes) {
        for (Node n : nodes) if (n instanceof Label l) l.setMinWidth(Region.USE_PREF_SIZE); // never "Ke…"
        HBox g = new HBox(8, nodes);
        g.setAlignment(Pos.CENTER_LEFT);
        return g;
    }

    private static VBox box(ChartViewer viewer, HBox export) {
        VBox.setVgrow(viewer, Priority.ALWAYS);
        viewer.setMinSize(200, 150);
        VBox v = new VBox(4, viewer, export);
        return v;
    }

    BorderPane view() { return view; }
    ChartViewer scatterViewer() { return scatterViewer; }
    ChartViewer histogramViewer() { return histogramViewer; }

    /** Largest number of scatter points drawn before subsampling. */
    void setCap(int cap) {
        this.cap = cap;
        refresh();
    }

    /** A new dataset: charts for {@code preferredKey}, else its largest key. */
    void show(DatasetIndex ix, int preferredKey) {
        index = null; // no refresh while the combo is refilled
        List<KeyChoice> keys = new ArrayList<>();
        int largest = 0;
        for (int k = 0; k < ix.keys().size(); k++) {
            keys.add(KeyChoice.of(ix, k));
            if (ix.keyCount(k) > ix.keyCount(largest)) largest = k;
        }
        key.setItems(FXCollections.observableList(keys));
        index = ix;
        if (keys.isEmpty()) {
            clear();
            return;
        }
        key.setValue(keys.get(preferredKey >= 0 && preferredKey < keys.size() ? preferredKey : largest));
        refresh();
    }

    /** The key filter of the table changed: charts follow a concrete key. */
    void followKey(int id) {
        if (index != null && id >= 0 && id < key.getItems().size()) key.setValue(key.getItems().get(id));
    }

    void clear() {
        index = null;
        key.setItems(FXCollections.observableArrayList());
        scatter.clear();
        histogram.clear();
    }

    private void refresh() {
        KeyChoice k = key.getValue();
        if (index == null || k == null) return;
        latest.submit(new Request(index, k.id(), byCin.isSelected(), logX.isSelected(), allKeys.isSelected(), cap));
    }

    private void publish(Result r) {
        if (r.request().ix() != index) return;
        scatter.apply(r.scatter(), index.label(r.request().keyId()));
        histogram.apply(r.histogram());
    }
}
