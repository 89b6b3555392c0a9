package io.evolp.ui.charts;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

import java.awt.Color;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlotStyleTest {

    private static XYPlot plot() {
        return new XYPlot(new XYSeriesCollection(), new NumberAxis("x"), new NumberAxis("y"), new XYLineAndShapeRenderer());
    }

    @Test
    void plainIsWhiteWithGreyGridAndDoesNotPan() {
        XYPlot p = plot();
        assertSame(p, PlotStyle.plain(p));
        assertEquals(Color.WHITE, p.getBackgroundPaint());
        assertEquals(new Color(225, 225, 225), p.getDomainGridlinePaint());
        assertEquals(new Color(225, 225, 225), p.getRangeGridlinePaint());
        assertFalse(p.isDomainPannable());
        assertFalse(p.isRangePannable());
    }

    @Test
    void pannableAddsPanningOnBothAxes() {
        XYPlot p = PlotStyle.pannable(plot());
        assertEquals(Color.WHITE, p.getBackgroundPaint());
        assertTrue(p.isDomainPannable());
        assertTrue(p.isRangePannable());
    }
}
