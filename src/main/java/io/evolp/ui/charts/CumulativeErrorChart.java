package io.evolp.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Arrays;
import java.util.List;

/**
 * Cumulative distribution of the relative error, one step curve per predictor, with markers at the
 * ±5 % and ±10 % thresholds of DESIGN §2 — where a curve crosses a marker is that predictor's
 * "±5 % / ±10 % accuracy". Sorting is O(n log n), so build it off the FX thread for big reports.
 */
public final class CumulativeErrorChart {

    /** Enough vertices for a smooth curve at any chart size; a million-point CDF needs no more. */
    static final int MAX_VERTICES = 600;

    private CumulativeErrorChart() {
    }

    public static JFreeChart build(String title, List<ErrorCurve> curves) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYStepRenderer renderer = new XYStepRenderer();
        double p99 = 0;
        for (int i = 0; i < curves.size(); i++) {
            ErrorCurve c = curves.get(i);
            double[] sorted = c.errorsPct().clone();
            Arrays.sort(sorted);
            data.addSeries(curve(c.name(), sorted));
            renderer.setSeriesPaint(i, c.color());
            renderer.setSeriesStroke(i, new BasicStroke(2f));
            if (sorted.length > 0) p99 = Math.max(p99, sorted[(int) Math.floor(0.99 * (sorted.length - 1))]);
        }
        NumberAxis x = new NumberAxis("|relative error| (%)");
        NumberAxis y = new NumberAxis("share of predictions (%)");
        y.setRange(0, 100.5);
        // Long tails (a FLOPs proxy can be 100 %+ off) would squeeze the interesting part: show up to
        // the 99th percentile, at least past the 10 % marker; zooming out shows the rest.
        x.setRange(0, Math.max(12, Math.min(p99 * 1.1, 200)));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(225, 225, 225));
        plot.setRangeGridlinePaint(new Color(225, 225, 225));
        plot.setDomainPannable(true);
        plot.setRangePannable(true);
        plot.addDomainMarker(marker(5));
        plot.addDomainMarker(marker(10));
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static ValueMarker marker(double pct) {
        ValueMarker m = new ValueMarker(pct, new Color(150, 150, 150), new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[]{5f, 4f}, 0f));
        m.setLabel(String.format("±%.0f %%", pct));
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return m;
    }

    /**
     * Vertices (e, share of errors ≤ e) at up to {@link #MAX_VERTICES} evenly spaced ranks, always
     * including the first and last, so the curve is exact at its ends and within 1/600 in between.
     */
    static XYSeries curve(String name, double[] sorted) {
        XYSeries s = new XYSeries(name, true, true);
        int n = sorted.length;
        if (n == 0) return s;
        s.add(0, 0, false);
        int steps = Math.min(n, MAX_VERTICES);
        for (int k = 1; k <= steps; k++) {
            int rank = (int) Math.ceil((double) k * n / steps); // 1-based rank
            s.add(sorted[rank - 1], 100.0 * rank / n, false);
        }
        return s;
    }
}
