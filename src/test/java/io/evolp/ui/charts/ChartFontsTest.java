package io.evolp.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

import java.awt.Font;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartFontsTest {

    private static JFreeChart chart() {
        XYPlot plot = new XYPlot(new XYSeriesCollection(), new NumberAxis("cin"), new NumberAxis("ms"), new XYLineAndShapeRenderer());
        plot.addAnnotation(new XYTextAnnotation("±10 %", 1, 1));
        ValueMarker budget = new ValueMarker(5);
        budget.setLabel("budget");
        budget.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        plot.addRangeMarker(budget);
        return new JFreeChart("Latency", new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
    }

    @Test
    void everyTextGrowsByTheFactorAndComesBack() {
        JFreeChart c = chart();
        XYPlot plot = c.getXYPlot();
        float axis = plot.getDomainAxis().getLabelFont().getSize2D(), ticks = plot.getRangeAxis().getTickLabelFont().getSize2D();
        ChartFonts fonts = new ChartFonts();
        assertTrue(fonts.apply(c, 2));
        assertEquals(28, c.getTitle().getFont().getSize2D());
        assertEquals(2 * axis, plot.getDomainAxis().getLabelFont().getSize2D());
        assertEquals(2 * ticks, plot.getRangeAxis().getTickLabelFont().getSize2D());
        assertEquals(20, plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next().getLabelFont().getSize2D());
        assertEquals(2 * new XYTextAnnotation("x", 0, 0).getFont().getSize2D(),
                ((XYTextAnnotation) plot.getAnnotations().get(0)).getFont().getSize2D());
        assertFalse(fonts.apply(c, 2), "applying the same factor again changes nothing");
        fonts.apply(c, 1);
        assertEquals(14, c.getTitle().getFont().getSize2D());
        assertEquals(axis, plot.getDomainAxis().getLabelFont().getSize2D());
        assertEquals(Font.BOLD, c.getTitle().getFont().getStyle(), "style kept");
    }

    @Test
    void smallChartsTakeLessOfTheZoom() {
        assertEquals(1.5, ChartFonts.fit(1.5, 600));
        assertEquals(1.5, ChartFonts.fit(1.5, 350), "a chart of typical height takes presentation mode's zoom whole");
        double part = ChartFonts.fit(1.5, 280);
        assertTrue(part > 1.05 && part < 1.45, "in between, part of it: " + part);
        assertEquals(1.0, ChartFonts.fit(1.5, 200), "a small chart keeps its plot");
        assertTrue(ChartFonts.fit(3, 400) < 2, "a large zoom needs a taller chart");
        double last = 1;
        for (int h = 100; h <= 1200; h += 10) {
            double f = ChartFonts.fit(3, h);
            assertTrue(f >= last, "taller never means smaller text, at " + h + " px");
            last = f;
        }
        assertEquals(3, last, "a tall chart takes the largest zoom");
        assertEquals(0.85, ChartFonts.fit(0.85, 100), "smaller text is always allowed");
        assertEquals(1.5, ChartFonts.fit(1.5, 0), "not laid out yet");
    }

    @Test
    void aFontTheChartsOwnerSetsLaterBecomesTheNewBase() {
        JFreeChart c = chart();
        ChartFonts fonts = new ChartFonts();
        fonts.apply(c, 1.5);
        TextTitle sub = new TextTitle("n = 12", new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        c.addSubtitle(sub);
        c.getXYPlot().getDomainAxis().setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        fonts.apply(c, 1.5);
        assertEquals(15, sub.getFont().getSize2D());
        assertEquals(30, c.getXYPlot().getDomainAxis().getLabelFont().getSize2D());
        assertEquals(21, c.getTitle().getFont().getSize2D(), "the title was not scaled twice");
    }
}
