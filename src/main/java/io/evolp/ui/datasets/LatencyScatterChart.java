package io.evolp.ui.datasets;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;

import java.awt.Color;
import java.awt.Font;

/**
 * Latency against cin or cout for one key, dots coloured by the other channel count, with a
 * colour legend and a caption saying how many points are drawn. One chart, re-used: new data is
 * swapped in on the FX thread with notification off, so it redraws once.
 */
final class LatencyScatterChart {

    private final JFreeChart chart;
    private final XYPlot plot;
    private final ChannelColorRenderer renderer = new ChannelColorRenderer();
    private final NumberAxis legendAxis = new NumberAxis("cout");
    private final PaintScaleLegend legend;
    private final TextTitle caption = new TextTitle("");

    LatencyScatterChart() {
        NumberAxis x = new NumberAxis("cin");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("latency (ms)");
        y.setAutoRangeIncludesZero(false); // the spread within a key is what matters here
        plot = new XYPlot(new DefaultXYZDataset(), x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        chart = new JFreeChart("Latency vs cin", new Font("SansSerif", Font.BOLD, 14), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        legendAxis.setNumberFormatOverride(new PowerOfTwoFormat());
        legendAxis.setTickUnit(new NumberTickUnit(1));
        legend = new PaintScaleLegend(new ChannelPaintScale(0, 1), legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(4, 4, 40, 4));
        legend.setStripWidth(12);
        legend.setSubdivisionCount(64);
        chart.addSubtitle(legend);
        caption.setFont(new Font("SansSerif", Font.PLAIN, 11));
        caption.setPosition(RectangleEdge.TOP);
        caption.setHorizontalAlignment(HorizontalAlignment.RIGHT);
        chart.addSubtitle(caption);
    }

    JFreeChart chart() { return chart; }

    /** FX thread: swap in data built by {@link ScatterData#build}. */
    void apply(ScatterData d, String keyLabel) {
        String xName = d.xIsCin() ? "cin" : "cout", zName = d.xIsCin() ? "cout" : "cin";
        chart.setNotify(false);
        try {
            chart.setTitle("Latency vs " + xName + " — " + keyLabel);
            plot.getDomainAxis().setLabel(xName);
            legendAxis.setLabel(zName);
            // Whole powers of two at both ends, at least one apart, so a single channel count still has a strip.
            double lo = Math.floor(d.zMin());
            ChannelPaintScale scale = new ChannelPaintScale(lo, Math.max(Math.ceil(d.zMax()), lo + 1));
            renderer.setScale(scale);
            legend.setScale(scale);
            legendAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
            caption.setText(d.caption());
            plot.setDataset(d.dataset());
        } finally {
            chart.setNotify(true);
        }
    }

    void clear() {
        chart.setNotify(false);
        plot.setDataset(new DefaultXYZDataset());
        caption.setText("");
        chart.setNotify(true);
    }
}
