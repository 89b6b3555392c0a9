package io.evolp.ui.compression;

import io.evolp.compress.SessionSettings;
import io.evolp.compress.SessionStep;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Chart (a): per step the raw layer-sum prediction, the corrected prediction with its 90 % band
 * (shaded), the measured latency (markers with an error bar from the fastest to the slowest run, or
 * ± the typed spread; typed samples in their own colour), the budget line and the [0.97, 1.0] ×
 * budget window shaded. The window is kept in the axis range — otherwise a session whose first
 * candidates measure far over the budget draws it off the chart. FX thread only.
 */
final class StepChart {

    private final XYSeries raw = new XYSeries("raw layer sum");
    private final YIntervalSeries measured = new YIntervalSeries("measured (bar: min–max run)");
    private final YIntervalSeries typed = new YIntervalSeries("typed by you (± spread)");
    private final XYSeries windowExtent = new XYSeries("window extent"); // invisible: keeps the window on the axis
    private final YIntervalSeries corrected = new YIntervalSeries("prediction (90 % band)");
    private final XYPlot plot;
    private final JFreeChart chart;
    private final TextTitle subtitle = ChartStyle.subtitle("no session yet");
    private ValueMarker budgetLine;
    private IntervalMarker window;
    private SessionSettings current; // the session whose legend is shown

    StepChart() {
        NumberAxis x = new NumberAxis("step");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        x.setUpperMargin(0.08);
        NumberAxis y = new NumberAxis("latency (ms)");
        y.setAutoRangeIncludesZero(false);
        y.setUpperMargin(0.12);
        y.setLowerMargin(0.08);
        YIntervalSeriesCollection band = new YIntervalSeriesCollection();
        band.addSeries(corrected);
        // The axis follows the predictions, measurements and window, not the 90 % band: an early,
        // wide band would otherwise squeeze everything else into a thin strip. The band is clipped.
        DeviationRenderer dev = new DeviationRenderer(true, true) {
            @Override public org.jfree.data.Range findRangeBounds(org.jfree.data.xy.XYDataset d) {
                return findRangeBounds(d, false);
            }
        };
        dev.setSeriesPaint(0, ChartStyle.CORRECTED);
        dev.setSeriesFillPaint(0, ChartStyle.CORRECTED);
        dev.setSeriesStroke(0, ChartStyle.LINE);
        dev.setAlpha(0.13f);
        plot = new XYPlot(band, x, y, dev);
        XYSeriesCollection points = new XYSeriesCollection();
        points.addSeries(raw);
        points.addSeries(windowExtent);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesPaint(0, ChartStyle.RAW);
        r.setSeriesStroke(0, ChartStyle.DASHED);
        r.setSeriesLinesVisible(1, false);
        r.setSeriesShapesVisible(1, false);
        r.setSeriesVisibleInLegend(1, false);
        plot.setDataset(1, points);
        plot.setRenderer(1, r);
        YIntervalSeriesCollection bars = new YIntervalSeriesCollection();
        bars.addSeries(measured);
        bars.addSeries(typed);
        XYErrorRenderer e = new XYErrorRenderer();
        e.setDrawXError(false);
        e.setErrorStroke(ChartStyle.LINE);
        e.setCapLength(8);
        for (int i = 0; i < 2; i++) e.setSeriesLinesVisible(i, false);
        e.setSeriesPaint(0, ChartStyle.MEASURED);
        e.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        e.setSeriesPaint(1, ChartStyle.TYPED);
        e.setSeriesShape(1, new Rectangle2D.Double(-5, -5, 10, 10));
        plot.setDataset(2, bars);
        plot.setRenderer(2, e);
        e.setSeriesVisibleInLegend(1, false); // "typed by you" joins the legend with the first typed sample
        plot.setDomainGridlinePaint(java.awt.Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(java.awt.Color.LIGHT_GRAY);
        chart = ChartStyle.chart("(a) Prediction vs measurement", plot);
        chart.addSubtitle(subtitle);
    }

    JFreeChart chart() { return chart; }

    /** Budget line and the window of a (new or loaded) session. */
    void setSession(SessionSettings s) {
        if (budgetLine != null) plot.removeRangeMarker(budgetLine);
        if (window != null) plot.removeRangeMarker(window, Layer.BACKGROUND);
        budgetLine = new ValueMarker(s.budgetMs(), ChartStyle.BUDGET, ChartStyle.LINE);
        // No label in the plot: wherever it sits, some session draws points under it. The legend names
        // the budget line and the window instead.
        window = new IntervalMarker(s.windowLowMs(), s.windowHighMs(), ChartStyle.alpha(ChartStyle.BUDGET, 70));
        window.setOutlinePaint(ChartStyle.alpha(ChartStyle.BUDGET, 160));
        window.setOutlineStroke(new java.awt.BasicStroke(1f));
        plot.addRangeMarker(window, Layer.BACKGROUND);
        windowExtent.clear();
        windowExtent.add(1, s.windowLowMs());
        windowExtent.add(1, s.budgetMs());
        plot.addRangeMarker(budgetLine);
        subtitle.setText(s.model().family() + " on " + s.device() + (s.simulatedDevice() ? " (simulated)" : "")
                + ", " + s.correction() + " correction");
        legend(s);
    }

    /** The renderers' legend plus the budget line and the shaded window (markers have no legend of their own). */
    private void legend(SessionSettings s) {
        plot.setFixedLegendItems(null);
        current = s;
        plot.getRenderer(2).setSeriesVisibleInLegend(1, typed.getItemCount() > 0, false);
        org.jfree.chart.LegendItemCollection items = plot.getLegendItems();
        items.add(new org.jfree.chart.LegendItem("budget " + Texts.ms(s.budgetMs()) + " ms", null, null, null,
                new java.awt.geom.Line2D.Double(-7, 0, 7, 0), ChartStyle.LINE, ChartStyle.BUDGET));
        items.add(new org.jfree.chart.LegendItem("window [" + Texts.ms(s.windowLowMs()) + ", "
                + Texts.ms(s.windowHighMs()) + "] ms", ChartStyle.alpha(ChartStyle.BUDGET, 110)));
        plot.setFixedLegendItems(items);
    }

    void add(SessionStep s) {
        int x = s.index() + 1;
        raw.add(x, s.rawMs());
        double lo = s.band() == null ? s.predictedMs() : s.band().low();
        double hi = s.band() == null ? s.predictedMs() : s.band().high();
        corrected.add(x, s.predictedMs(), lo, hi);
        double[] bar = errorBar(s);
        (s.userMeasurement() ? typed : measured).add(x, s.measuredMs(), bar[0], bar[1]);
        if (s.userMeasurement() && typed.getItemCount() == 1 && current != null) legend(current);
    }

    /**
     * The bar of a step's measurement: fastest to slowest run when the source kept them, else the
     * median ± half its range (± the spread for a typed number, which the form asks as "± ms").
     */
    static double[] errorBar(SessionStep s) {
        var m = s.measured();
        if (m.details() != null) return new double[]{m.details().minMs(), m.details().maxMs()};
        double half = m.count() == 1 ? m.spreadMs() : m.spreadMs() / 2;
        return new double[]{Math.max(0, m.medianMs() - half), m.medianMs() + half};
    }

    /** The error bar drawn for the i-th automatic measurement, {low, high} (tests). */
    double[] measuredBar(int i) {
        return new double[]{measured.getYLowValue(i), measured.getYHighValue(i)};
    }

    /** The range axis's current bounds (tests: the window must be inside). */
    org.jfree.data.Range yRange() {
        return plot.getRangeAxis().getRange();
    }

    /** The shaded window, or null without a session (tests, screenshots). */
    IntervalMarker windowMarker() {
        return window;
    }

    /** A saved session's steps, drawn with one redraw. */
    void show(SessionSettings settings, List<SessionStep> steps) {
        chart.setNotify(false);
        clear();
        setSession(settings);
        for (SessionStep s : steps) add(s);
        chart.setNotify(true);
    }

    void clear() {
        raw.clear();
        windowExtent.clear();
        measured.clear();
        typed.clear();
        corrected.clear();
        if (budgetLine != null) plot.removeRangeMarker(budgetLine);
        if (window != null) plot.removeRangeMarker(window, Layer.BACKGROUND);
        budgetLine = null;
        window = null;
        plot.setFixedLegendItems(null);
        subtitle.setText("no session yet — Run, Step or Add measured sample to start one");
    }

    /** Measured points drawn (automatic and typed). */
    int measuredPoints() {
        return measured.getItemCount() + typed.getItemCount();
    }

    int automaticPoints() {
        return measured.getItemCount();
    }
}
