package io.evolp.ui.charts;

import org.jfree.chart.ChartRenderingInfo;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mode switch at the threshold, raster aligned with the axes, point picking in both modes. */
class LogScatterChartTest {

    private static ScatterSeries series(int n, double x, double y) {
        double[] xs = new double[n], ys = new double[n];
        Arrays.fill(xs, x);
        Arrays.fill(ys, y);
        return new ScatterSeries("s", Palette.color(0), xs, ys);
    }

    private static LogScatterChart chart(List<ScatterSeries> s) {
        return new LogScatterChart("t", "measured", "predicted", s, LogScatterChart.DEFAULT_RASTER_THRESHOLD, 0.1);
    }

    @Test
    void switchesToTheRasterAboveTheThresholdAndSaysSo() {
        LogScatterChart atThreshold = chart(List.of(series(20_000, 1, 1)));
        assertFalse(atThreshold.usesRaster());
        assertNull(atThreshold.densityLayer());
        assertNotNull(atThreshold.chart().getXYPlot().getDataset(1), "dots are a real dataset");
        assertTrue(atThreshold.modeText().contains("dots"), atThreshold.modeText());

        LogScatterChart above = chart(List.of(series(10_001, 1, 1), series(10_000, 2, 2)));
        assertTrue(above.usesRaster());
        assertNotNull(above.densityLayer());
        assertNull(above.chart().getXYPlot().getDataset(1), "no point dataset: the raster draws them");
        assertTrue(above.modeText().contains("density raster of 20,001 points"), above.modeText());
    }

    @Test
    void rasterCellsLandWhereTheAxesPutThePoints() {
        // 30,000 points on one spot plus a spread to give the axes a range.
        double[] x = new double[30_000], y = new double[30_000];
        for (int i = 0; i < x.length; i++) {
            boolean spot = i % 3 != 0;
            x[i] = spot ? 2.0 : 0.1 + 0.001 * (i % 1000) * 50;
            y[i] = spot ? 0.5 : x[i];
        }
        Color c = new Color(200, 0, 0);
        LogScatterChart chart = new LogScatterChart("t", "m", "p", List.of(new ScatterSeries("s", c, x, y)),
                LogScatterChart.DEFAULT_RASTER_THRESHOLD, 0.1);
        assertTrue(chart.usesRaster());
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = chart.chart().createBufferedImage(800, 600, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        Point2D spot = chart.screenPosition(area, 0, 1); // point 1 is on the spot
        int rgb = img.getRGB((int) spot.getX(), (int) spot.getY());
        assertEquals(c.getRGB(), rgb | 0xff000000, "the densest cell is drawn fully opaque in the series colour");
        // A pixel well away from any point is not series-coloured.
        int empty = img.getRGB((int) area.getMinX() + 3, (int) area.getMinY() + 3);
        assertTrue(((empty >> 16) & 0xff) > 200 && ((empty >> 8) & 0xff) > 200, Integer.toHexString(empty));

        var pick = chart.pick(area, spot.getX() + 2, spot.getY() - 1, 8).orElseThrow();
        assertEquals(2.0, x[pick.index()]);
        assertEquals(0.5, y[pick.index()]);
        assertTrue(chart.pick(area, area.getMinX() + 3, area.getMinY() + 3, 8).isEmpty());
    }

    @Test
    void picksTheNearestPointInDotMode() {
        double[] x = {0.1, 1, 10}, y = {0.1, 1.2, 9};
        LogScatterChart chart = chart(List.of(new ScatterSeries("a", Color.BLUE, x, y)));
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.chart().createBufferedImage(600, 400, info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        Point2D p = chart.screenPosition(area, 0, 1);
        var pick = chart.pick(area, p.getX() + 3, p.getY(), 8).orElseThrow();
        assertEquals(1, pick.index());
        assertEquals(3, pick.distance(), 1e-6);
    }

    @Test
    void cumulativeCurveIsExactAtItsEndsAndCapped() {
        double[] sorted = new double[5000];
        for (int i = 0; i < sorted.length; i++) sorted[i] = i * 0.01;
        var s = CumulativeErrorChart.curve("c", sorted);
        assertTrue(s.getItemCount() <= CumulativeErrorChart.MAX_VERTICES + 1);
        assertEquals(100.0, s.getY(s.getItemCount() - 1).doubleValue(), 1e-12);
        assertEquals(sorted[sorted.length - 1], s.getX(s.getItemCount() - 1).doubleValue(), 1e-12);
    }
}
