package io.evolp.ui.datasets;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeriesCollection;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;

/** The latency distribution as a bar histogram, linear or log latency axis; swapped like the scatter. */
final class LatencyHistogramChart {

    private final JFreeChart chart;
    private final XYPlot plot;
    private final NumberAxis linearX = new NumberAxis("latency (ms)");
    private final LogAxis logX = new LogAxis("latency (ms, log scale)");

    LatencyHistogramChart() {
        XYBarRenderer bars = new XYBarRenderer(0.05);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(59, 82, 139));
        linearX.setAutoRangeIncludesZero(false);
        logX.setNumberFormatOverride(new DecimalFormat("0.###"));
        logX.setSmallestValue(1e-6);
        NumberAxis y = new NumberAxis("rows");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot = new XYPlot(new XYIntervalSeriesCollection(), linearX, y, bars);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        chart = new JFreeChart("Latency distribution", new Font("SansSerif", Font.BOLD, 14), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
    }

    JFreeChart chart() { return chart; }

    void apply(HistogramData d) {
        chart.setNotify(false);
        try {
            chart.setTitle("Latency distribution — " + d.scope() + " (" + Formats.count(d.rows()) + " rows)");
            ValueAxis x = d.logX() ? logX : linearX;
            if (plot.getDomainAxis() != x) plot.setDomainAxis(x);
            plot.setDataset(d.dataset());
            x.setAutoRange(true);
        } finally {
            chart.setNotify(true);
        }
    }

    void clear() {
        chart.setNotify(false);
        plot.setDataset(new XYIntervalSeriesCollection());
        chart.setTitle("Latency distribution");
        chart.setNotify(true);
    }
}
