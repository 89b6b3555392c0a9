package io.evolp.ui.compression;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

/**
 * Chart (b): the whole-model correction {@code measured ≈ f(raw)} drawn over the (raw, measured)
 * points the predictor evolved from — the fitted curve across the range with its 90 % band, and
 * the identity line (no correction) for reference. Each update builds new datasets from a
 * {@link CorrectionCurve} computed on a worker and swaps them in with one redraw (FX thread).
 */
final class CorrectionChart {

    private final XYPlot plot;
    private final JFreeChart chart;
    private final TextTitle subtitle = ChartStyle.subtitle("no measurements yet: the correction is the identity");
    private int points;

    CorrectionChart() {
        NumberAxis x = new NumberAxis("raw layer-sum prediction (ms)");
        NumberAxis y = new NumberAxis("measured latency (ms)");
        DeviationRenderer fit = new DeviationRenderer(true, false);
        fit.setSeriesPaint(0, ChartStyle.CORRECTED);
        fit.setSeriesFillPaint(0, ChartStyle.CORRECTED);
        fit.setSeriesStroke(0, ChartStyle.LINE);
        fit.setAlpha(0.2f);
        plot = new XYPlot(new YIntervalSeriesCollection(), x, y, fit);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
        r.setSeriesLinesVisible(0, false);
        r.setSeriesPaint(0, ChartStyle.MEASURED);
        r.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        r.setSeriesLinesVisible(1, false);
        r.setSeriesPaint(1, ChartStyle.TYPED);
        r.setSeriesShape(1, new Rectangle2D.Double(-5, -5, 10, 10));
        r.setSeriesShapesVisible(2, false);
        r.setSeriesPaint(2, ChartStyle.RAW);
        r.setSeriesStroke(2, ChartStyle.DASHED);
        plot.setDataset(1, new XYSeriesCollection());
        plot.setRenderer(1, r);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        chart = ChartStyle.chart("(b) Correction fit", plot);
        chart.addSubtitle(subtitle);
    }

    JFreeChart chart() { return chart; }

    void show(CorrectionCurve c) {
        YIntervalSeries fit = new YIntervalSeries(c.kind() + " correction (90 % band)");
        for (int i = 0; i < c.x().length; i++) fit.add(c.x()[i], c.fit()[i], c.low()[i], c.high()[i]);
        XYSeries auto = new XYSeries("measured");
        XYSeries typed = new XYSeries("measured by you");
        for (int i = 0; i < c.pointRaw().length; i++) {
            (c.pointTyped()[i] ? typed : auto).add(c.pointRaw()[i], c.pointMeasured()[i]);
        }
        XYSeries identity = new XYSeries("no correction (y = x)");
        identity.add(c.x()[0], c.x()[0]);
        identity.add(c.x()[c.x().length - 1], c.x()[c.x().length - 1]);
        XYSeriesCollection pts = new XYSeriesCollection();
        pts.addSeries(auto);
        pts.addSeries(typed);
        pts.addSeries(identity);
        YIntervalSeriesCollection band = new YIntervalSeriesCollection();
        band.addSeries(fit);
        chart.setNotify(false);
        plot.setDataset(0, band);
        plot.setDataset(1, pts);
        subtitle.setText(c.shortLine());
        // Keep the points and the fit readable: with few points the 90 % band is very wide at the
        // ends of the range; it is drawn as far as the axis reaches and clipped beyond.
        double top = c.x()[c.x().length - 1];
        for (double v : c.fit()) top = Math.max(top, v);
        for (double v : c.pointMeasured()) top = Math.max(top, v);
        plot.getRangeAxis().setRange(0, 1.25 * top);
        chart.setNotify(true);
        points = c.pointRaw().length;
    }

    void clear() {
        chart.setNotify(false);
        plot.getRangeAxis().setAutoRange(true);
        plot.setDataset(0, new YIntervalSeriesCollection());
        plot.setDataset(1, new XYSeriesCollection());
        subtitle.setText("no measurements yet: the correction is the identity");
        chart.setNotify(true);
        points = 0;
    }

    /** Measured points drawn; for tests. */
    int points() { return points; }
}
