package io.evolp.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * Per-configuration-key error bars: MAPE per key, one bar per predictor in each key's group.
 * Horizontal, because key labels ({@code 56/k3x3/s1x1/p1x1/dense}) are long and a model has tens of
 * keys: they read well one per line, and the chart grows downwards instead of squeezing them.
 */
public final class KeyErrorChart {

    /** One predictor's MAPE (%) per key label; a key it was not tested on is absent. */
    public record Bars(String name, Color color, java.util.Map<String, Double> mapeByKey) {
    }

    private KeyErrorChart() {
    }

    public static JFreeChart build(String title, List<String> keys, List<Bars> bars) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < bars.size(); i++) {
            Bars b = bars.get(i);
            String row = b.name();
            for (String key : keys) {
                Double v = b.mapeByKey().get(key);
                data.addValue(v, row, key); // null leaves a gap: key absent from that predictor's test rows
            }
        }
        CategoryAxis keyAxis = new CategoryAxis("configuration key");
        keyAxis.setTickLabelFont(new Font(Font.MONOSPACED, Font.PLAIN, 10));
        keyAxis.setCategoryMargin(0.15);
        NumberAxis valueAxis = new NumberAxis("MAPE (%)");
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.02);
        for (int i = 0; i < bars.size(); i++) r.setSeriesPaint(i, bars.get(i).color());
        CategoryPlot plot = new CategoryPlot(data, keyAxis, valueAxis, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(225, 225, 225));
        plot.setRangePannable(true);
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        // The chart grows downwards with the number of keys (in a scroll pane): keep the legend in view.
        chart.getLegend().setPosition(org.jfree.chart.ui.RectangleEdge.TOP);
        return chart;
    }

    /** Height in pixels that keeps one line per key legible. */
    public static double preferredHeight(int keys, int predictors) {
        return Math.max(420, 110 + keys * Math.max(16, 7.0 * predictors + 6));
    }
}
