package io.evolp.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CumulativeErrorChartTest {

    private static double[] errors(int n, double max) {
        double[] e = new double[n];
        for (int i = 0; i < n; i++) e[i] = max * i / (n - 1);
        return e;
    }

    @Test
    void theErrorAxisIsCappedAndSaysHowMuchIsBeyond() {
        JFreeChart chart = CumulativeErrorChart.build("t", List.of(new ErrorCurve("flops", Color.BLUE, errors(101, 200))));
        XYPlot plot = chart.getXYPlot();
        assertEquals(CumulativeErrorChart.AXIS_CAP, plot.getDomainAxis().getUpperBound(), 1e-9, "not 200 %");
        assertTrue(plot.getDomainAxis().getLabel().contains("74.3 % of predictions lie beyond"), plot.getDomainAxis().getLabel());
    }

    @Test
    void aTightPredictorKeepsAShortAxisWithAPlainLabel() {
        JFreeChart chart = CumulativeErrorChart.build("t", List.of(new ErrorCurve("lut", Color.BLUE, errors(101, 4))));
        assertEquals(12, chart.getXYPlot().getDomainAxis().getUpperBound(), 1e-9, "at least past the 10 % marker");
        assertEquals("|relative error| (%)", chart.getXYPlot().getDomainAxis().getLabel());
        assertEquals(20 * 1.1, CumulativeErrorChart.axisMax(20), 1e-9);
        assertEquals(0, CumulativeErrorChart.shareAbove(new double[0], 1));
    }

    @Test
    void theTwoMarkerLabelsPointAwayFromEachOther() {
        XYPlot plot = CumulativeErrorChart.build("t", List.of(new ErrorCurve("a", Color.BLUE, errors(11, 30)))).getXYPlot();
        var markers = plot.getDomainMarkers(Layer.FOREGROUND);
        ValueMarker five = null, ten = null;
        for (Object o : markers) {
            ValueMarker m = (ValueMarker) o;
            if (m.getValue() == 5) five = m;
            if (m.getValue() == 10) ten = m;
        }
        assertEquals("±5 %", five.getLabel());
        assertEquals(TextAnchor.BOTTOM_RIGHT, five.getLabelTextAnchor(), "±5 % is written to the left of its line");
        assertEquals(TextAnchor.BOTTOM_LEFT, ten.getLabelTextAnchor(), "±10 % to the right of its line");
    }
}
