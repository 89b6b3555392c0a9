package io.evolp.ui.compression;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.TextTitle;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;

/** One look for the Compression screen's three charts (and their PNG/SVG exports). */
final class ChartStyle {

    static final Color RAW = new Color(0x8C8C8C);
    static final Color CORRECTED = new Color(0x1F77B4);
    static final Color MEASURED = new Color(0xD62728);
    static final Color TYPED = new Color(0x9467BD);
    static final Color BUDGET = new Color(0x2CA02C);
    static final Color ORIGINAL = new Color(0xC7C7C7);
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Stroke DASHED = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[]{5f, 4f}, 0f);
    static final Stroke LINE = new BasicStroke(2f);

    private ChartStyle() {
    }

    static JFreeChart chart(String title, Plot plot) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(SUBTITLE);
        return chart;
    }

    static TextTitle subtitle(String text) {
        TextTitle t = new TextTitle(text, SUBTITLE);
        t.setPaint(Color.DARK_GRAY);
        t.setMaximumLinesToDisplay(1); // a subtitle never wraps down over the plot
        t.setExpandToFitSpace(false);
        return t;
    }

    static Color alpha(Color c, int a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }
}
