package io.evolp.ui.predictors;

import io.evolp.ui.charts.ChartPane;
import io.evolp.ui.charts.KeyErrorChart;
import io.evolp.ui.charts.LogScatterChart;
import io.evolp.ui.common.LatestWins;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.UiContext;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Duration;

import java.util.List;

/**
 * The three comparison charts and the details pane. A new selection rebuilds the charts on a worker
 * (latest selection wins, older builds are cancelled) and swaps them in on the FX thread; clicking
 * the scatter finds the nearest point in the raw data and shows its dataset row.
 */
final class ComparisonCharts {

    /** Pixels within which a click selects a point. */
    private static final double PICK_RADIUS = 8;

    private final UiContext ctx;
    private final ChartPane scatterPane, cdfPane, keyPane;
    private final PointDetails details = new PointDetails();
    private final LatestWins<List<PredictorEntry>, ChartsModel> rebuild;
    private final SplitPane root;
    private final TabPane tabs;
    private int rasterThreshold = LogScatterChart.DEFAULT_RASTER_THRESHOLD;
    private ChartsModel model;

    ComparisonCharts(UiContext ctx) {
        this.ctx = ctx;
        scatterPane = new ChartPane("scatter-chart", ctx.dialogs(), ctx.tasks());
        cdfPane = new ChartPane("cdf-chart", ctx.dialogs(), ctx.tasks());
        keyPane = new ChartPane("key-chart", ctx.dialogs(), ctx.tasks());
        scatterPane.setOnPlotClick((area, p) -> pick(area, p.getX(), p.getY()));
        ScrollPane keyScroll = new ScrollPane(keyPane);
        keyScroll.setFitToWidth(true);
        keyScroll.setFitToHeight(true);
        TabPane tabs = new TabPane(tab("Predicted vs measured", scatterPane), tab("Error distribution", cdfPane),
                tab("Per-key error", keyScroll));
        tabs.setId("chart-tabs");
        this.tabs = tabs;
        root = new SplitPane(tabs, details.view());
        root.setDividerPositions(0.78);
        rebuild = new LatestWins<>(ctx.tasks(), "Preparing charts", Duration.millis(120),
                sel -> pm -> ChartsModel.build(sel, rasterThreshold), this::publish);
        update(List.of());
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setClosable(false);
        return t;
    }

    SplitPane view() { return root; }

    /** Charts the given predictors (FX thread); the build runs in the background. */
    void update(List<PredictorEntry> selected) {
        rebuild.submit(List.copyOf(selected));
    }

    /** Brings the predicted-vs-measured tab to the front. */
    void showScatter() {
        tabs.getSelectionModel().select(0);
    }

    /** Above this many points the scatter switches to the density raster. */
    void setRasterThreshold(int n) { rasterThreshold = n; }

    private void publish(ChartsModel m) {
        model = m;
        details.clear();
        scatterPane.show(m.scatter.chart(), () -> m.scatter.copy().chart());
        cdfPane.show(m.cdf, m::cdfChart);
        keyPane.show(m.keys, m::keyChart);
        keyPane.setPrefHeight(KeyErrorChart.preferredHeight(m.keyLabels.size(), Math.max(1, m.entries.size())));
        keyPane.setMinHeight(keyPane.getPrefHeight());
    }

    private void pick(java.awt.geom.Rectangle2D area, double x, double y) {
        ChartsModel m = model;
        if (m == null) return;
        var hit = m.scatter.pick(area, x, y, PICK_RADIUS);
        m.scatter.highlight(hit.orElse(null));
        if (hit.isEmpty()) {
            details.clear();
            return;
        }
        PredictorEntry e = m.entries.get(hit.get().series());
        details.show(e, hit.get().index(), ctx.workspace().dataset(e.datasetName()));
    }

    // For tests and the screenshot tool.
    ChartsModel model() { return model; }
    ChartPane scatterPane() { return scatterPane; }
    ChartPane cdfPane() { return cdfPane; }
    ChartPane keyPane() { return keyPane; }
    PointDetails details() { return details; }
    long generation() { return rebuild.generation(); }
}
