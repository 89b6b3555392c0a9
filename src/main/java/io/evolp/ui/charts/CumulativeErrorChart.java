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

    /**
     * The error axis never runs past this (%): beyond it every predictor is simply wrong and the
     * interesting part, 0–20 %, would be squeezed to a sliver. The axis label says how much is cut.
     */
    static final double AXIS_CAP = 50;

    /** Enough vertices for a smooth curve at any chart size; a million-point CDF needs no more. */
    static final int MAX_VERTICES = 600;

    private CumulativeErrorChart() {
    }

    public static JFreeChart build(String title, List<ErrorCurve> curves) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYStepRenderer renderer = new XYStepRenderer();
        double p99 = 0;
        double[] beyondShare = new double[curves.size()];
        for (int i = 0; i < curves.size(); i++) {
            ErrorCurve c = curves.get(i);
            double[] sorted = c.errorsPct().clone();
            Arrays.sort(sorted);
            data.addSeries(curve(c.name(), sorted));
            renderer.setSeriesPaint(i, c.color());
            renderer.setSeriesStroke(i, new BasicStroke(2f));
            if (sorted.length > 0) p99 = Math.max(p99, sorted[(int) Math.floor(0.99 * (sorted.length - 1))]);
        }
        double max = axisMax(p99);
        double beyond = 0;
        for (ErrorCurve c : curves) beyond = Math.max(beyond, shareAbove(c.errorsPct(), max));
        NumberAxis x = new NumberAxis(axisLabel(max, beyond));
        NumberAxis y = new NumberAxis("share of predictions (%)");
        y.setRange(0, 100.5);
        x.setRange(0, max);
        XYPlot plot = PlotStyle.pannable(new XYPlot(data, x, y, renderer));
        // The two labels point away from each other (±5 % to the left of its line, ±10 % to the right),
        // so they cannot overlap however the axis is scaled.
        plot.addDomainMarker(marker(5, false));
        plot.addDomainMarker(marker(10, true));
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /**
     * Long tails (a FLOPs proxy can be 100 %+ off) would squeeze the interesting part: up to the 99th
     * percentile, at least past the 10 % marker, at most {@link #AXIS_CAP}; zooming out shows the rest.
     */
    static double axisMax(double p99) {
        return Math.max(12, Math.min(p99 * 1.1, AXIS_CAP));
    }

    /** Share (%) of errors above {@code limit}. */
    static double shareAbove(double[] errorsPct, double limit) {
        if (errorsPct.length == 0) return 0;
        int n = 0;
        for (double e : errorsPct) if (e > limit) n++;
        return 100.0 * n / errorsPct.length;
    }

    /** The axis title, saying when (and how much of) the tail is off the chart. */
    static String axisLabel(double max, double beyondPct) {
        if (beyondPct <= 0) return "|relative error| (%)";
        return String.format(java.util.Locale.ROOT, "|relative error| (%%) — axis ends at %.0f %%: up to %.1f %% of predictions lie beyond",
                max, beyondPct);
    }

    private static ValueMarker marker(double pct, boolean labelRight) {
        ValueMarker m = new ValueMarker(pct, new Color(150, 150, 150), new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[]{5f, 4f}, 0f));
        m.setLabel(String.format("±%.0f %%", pct));
        m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        m.setLabelPaint(new Color(70, 70, 70));
        m.setLabelAnchor(labelRight ? RectangleAnchor.BOTTOM_RIGHT : RectangleAnchor.BOTTOM_LEFT);
        m.setLabelTextAnchor(labelRight ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
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
