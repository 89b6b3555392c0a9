package io.evolp.ui.charts;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

/** A ring of fixed screen size around one data point (the selected point of a scatter). */
final class PointHighlight extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final double RADIUS = 7;

    private final double x;
    private final double y;

    PointHighlight(double x, double y) {
        this.x = x;
        this.y = y;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        double sx = domainAxis.valueToJava2D(x, dataArea, RectangleEdge.BOTTOM);
        double sy = rangeAxis.valueToJava2D(y, dataArea, RectangleEdge.LEFT);
        if (!dataArea.contains(sx, sy)) return;
        Ellipse2D ring = new Ellipse2D.Double(sx - RADIUS, sy - RADIUS, 2 * RADIUS, 2 * RADIUS);
        g2.setStroke(new BasicStroke(3f));
        g2.setPaint(Color.WHITE);
        g2.draw(ring);
        g2.setStroke(new BasicStroke(1.6f));
        g2.setPaint(Color.BLACK);
        g2.draw(ring);
    }
}
