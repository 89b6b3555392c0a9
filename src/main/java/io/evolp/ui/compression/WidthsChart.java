package io.evolp.ui.compression;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * Chart (c): channel width of every prunable layer, original next to pruned, layer names on the
 * axis. "Pruned" is whatever was last proposed — the plan for the budget on the slider, or the
 * candidate a session step measured — and the subtitle says which. A new dataset is swapped in per
 * update (a few dozen bars; FX thread).
 */
final class WidthsChart {

    static final String ORIGINAL = "original";
    static final String PRUNED = "pruned";
    /** At most this many layer names on the axis; the others are on the bars' tooltips. */
    static final int MAX_LABELS = 18;

    private final CategoryPlot plot;
    private final JFreeChart chart;
    private final TextTitle subtitle = ChartStyle.subtitle("");
    private final ThinnedCategoryAxis axis = new ThinnedCategoryAxis("prunable layer");
    private DefaultCategoryDataset data = new DefaultCategoryDataset();

    WidthsChart() {
        NumberAxis y = new NumberAxis("output channels");
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setItemMargin(0.0);
        r.setSeriesPaint(0, ChartStyle.ORIGINAL);
        r.setSeriesPaint(1, ChartStyle.CORRECTED);
        // Every layer's name and widths on hover, also where the axis shows only every k-th name.
        r.setDefaultToolTipGenerator(new org.jfree.chart.labels.StandardCategoryToolTipGenerator(
                "{1}: {0} {2} channels", java.text.NumberFormat.getIntegerInstance()));
        axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        axis.setCategoryMargin(0.15);
        axis.setMaximumCategoryLabelWidthRatio(0.6f);
        plot = new CategoryPlot(data, axis, y, r);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        chart = ChartStyle.chart("(c) Channel widths per layer", plot);
        chart.addSubtitle(subtitle);
    }

    JFreeChart chart() { return chart; }

    /** @param what says where the pruned widths come from, e.g. "plan for 40.00 ms" */
    void show(List<String> layers, List<Integer> original, List<Integer> pruned, String what) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        for (int i = 0; i < layers.size(); i++) {
            d.addValue(original.get(i), ORIGINAL, layers.get(i));
            if (pruned != null && i < pruned.size()) d.addValue(pruned.get(i), PRUNED, layers.get(i));
        }
        // Many layers (ResNet-50, Inception v3): name every k-th layer so the names stay readable.
        axis.setEvery(ThinnedCategoryAxis.every(layers.size(), MAX_LABELS));
        data = d;
        chart.setNotify(false);
        plot.setDataset(d);
        subtitle.setText(what);
        chart.setNotify(true);
    }

    /** Every how many layers the axis names one (tests). */
    int labelEvery() { return axis.every(); }

    /** Pruned width of layer {@code i} as drawn; for tests. */
    Number pruned(int i) {
        return data.getRowIndex(PRUNED) < 0 ? null : data.getValue(PRUNED, data.getColumnKey(i));
    }
}
