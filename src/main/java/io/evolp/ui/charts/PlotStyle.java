package io.evolp.ui.charts;

import org.jfree.chart.plot.XYPlot;

import java.awt.Color;

/**
 * The one look of the workbench's XY plots — white background, light grey grid lines — so the charts of
 * every screen match (five charts carried their own copy of these lines); {@link #pannable} for charts
 * shown in a {@link ChartPane}, whose Ctrl/Alt-drag pans.
 */
public final class PlotStyle {

    static final Color GRID = new Color(225, 225, 225);

    private PlotStyle() {
    }

    /** White background and light grey grid lines. */
    public static XYPlot plain(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        return plot;
    }

    /** {@link #plain} and pannable along both axes. */
    public static XYPlot pannable(XYPlot plot) {
        plain(plot);
        plot.setDomainPannable(true);
        plot.setRangePannable(true);
        return plot;
    }
}
