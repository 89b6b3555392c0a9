package io.evolp.ui.compression;

import io.evolp.compress.SessionSettings;
import io.evolp.compress.SessionStep;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
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
 * (shaded), the measured latency (markers; typed samples in their own colour), the budget line and
 * the [0.97, 1.0] × budget window shaded. FX thread only: one point per arriving sample.
 */
final class StepChart {

    private final XYSeries raw = new XYSeries("raw layer sum");
    private final XYSeries measured = new XYSeries("measured");
    private final XYSeries typed = new XYSeries("measured by you");
    private final YIntervalSeries corrected = new YIntervalSeries("corrected prediction (90 % band)");
    private final XYPlot plot;
    private final JFreeChart chart;
    private final TextTitle subtitle = ChartStyle.subtitle("no session yet");
    private ValueMarker budgetLine;
    private IntervalMarker window;

    StepChart() {
        NumberAxis x = new NumberAxis("step");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("latency (ms)");
        y.setAutoRangeIncludesZero(false);
        YIntervalSeriesCollection band = new YIntervalSeriesCollection();
        band.addSeries(corrected);
        DeviationRenderer dev = new DeviationRenderer(true, true);
        dev.setSeriesPaint(0, ChartStyle.CORRECTED);
        dev.setSeriesFillPaint(0, ChartStyle.CORRECTED);
        dev.setSeriesStroke(0, ChartStyle.LINE);
        dev.setAlpha(0.25f);
        plot = new XYPlot(band, x, y, dev);
        XYSeriesCollection points = new XYSeriesCollection();
        points.addSeries(raw);
        points.addSeries(measured);
        points.addSeries(typed);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesPaint(0, ChartStyle.RAW);
        r.setSeriesStroke(0, ChartStyle.DASHED);
        r.setSeriesLinesVisible(1, false);
        r.setSeriesPaint(1, ChartStyle.MEASURED);
        r.setSeriesShape(1, new Ellipse2D.Double(-5, -5, 10, 10));
        r.setSeriesLinesVisible(2, false);
        r.setSeriesPaint(2, ChartStyle.TYPED);
        r.setSeriesShape(2, new Rectangle2D.Double(-5, -5, 10, 10));
        plot.setDataset(1, points);
        plot.setRenderer(1, r);
        plot.setDomainGridlinePaint(java.awt.Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(java.awt.Color.LIGHT_GRAY);
        chart = ChartStyle.chart("(a) Prediction and measurement per step", plot);
        chart.addSubtitle(subtitle);
    }

    JFreeChart chart() { return chart; }

    /** Budget line and the window of a (new or loaded) session. */
    void setSession(SessionSettings s) {
        if (budgetLine != null) plot.removeRangeMarker(budgetLine);
        if (window != null) plot.removeRangeMarker(window, Layer.BACKGROUND);
        budgetLine = new ValueMarker(s.budgetMs(), ChartStyle.BUDGET, ChartStyle.LINE);
        budgetLine.setLabel("budget " + Texts.ms(s.budgetMs()) + " ms");
        budgetLine.setLabelFont(ChartStyle.SUBTITLE);
        budgetLine.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
        budgetLine.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
        window = new IntervalMarker(s.windowLowMs(), s.windowHighMs(), ChartStyle.alpha(ChartStyle.BUDGET, 50));
        plot.addRangeMarker(window, Layer.BACKGROUND);
        plot.addRangeMarker(budgetLine);
        subtitle.setText(s.model().family() + " on " + s.device() + (s.simulatedDevice() ? " (simulated)" : "")
                + ", " + s.correction() + " correction, window [" + Texts.ms(s.windowLowMs()) + ", "
                + Texts.ms(s.windowHighMs()) + "] ms");
    }

    void add(SessionStep s) {
        int x = s.index() + 1;
        raw.add(x, s.rawMs());
        double lo = s.band() == null ? s.predictedMs() : s.band().low();
        double hi = s.band() == null ? s.predictedMs() : s.band().high();
        corrected.add(x, s.predictedMs(), lo, hi);
        (s.userMeasurement() ? typed : measured).add(x, s.measuredMs());
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
        measured.clear();
        typed.clear();
        corrected.clear();
        if (budgetLine != null) plot.removeRangeMarker(budgetLine);
        if (window != null) plot.removeRangeMarker(window, Layer.BACKGROUND);
        budgetLine = null;
        window = null;
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
