package io.evolp.ui.charts;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYDotRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A log–log scatter of several series with the y = x line and a shaded ±band around it, drawn as
 * plain dots up to a threshold and as a {@link DensityLayer} above it (the subtitle says which).
 * Clicking maps back to a point via {@link #pick}, which works in both modes because it searches the
 * raw values, not rendered shapes.
 *
 * <p>Built from immutable inputs, so it may be constructed on a worker thread and swapped into a
 * viewer on the FX thread; {@link #copy()} builds an identical chart for export.
 */
public final class LogScatterChart {

    /** Above this many points in total the raster is used (DESIGN §7: dots redraw 100k in 0.3–0.6 s). */
    public static final int DEFAULT_RASTER_THRESHOLD = 20_000;

    private final String title, xLabel, yLabel;
    private final List<ScatterSeries> series;
    private final List<LogPoints> logs;
    private final int threshold;
    private final double band;
    private final boolean raster;
    private final int total;
    private final JFreeChart chart;
    private final DensityLayer density;
    private PointHighlight highlight;

    /** A point found by {@link #pick}: series index, index within the series, distance in pixels. */
    public record Pick(int series, int index, double distance) {
    }

    public LogScatterChart(String title, String xLabel, String yLabel, List<ScatterSeries> series,
                           int rasterThreshold, double band) {
        this(title, xLabel, yLabel, series, logsOf(series), rasterThreshold, band);
    }

    private LogScatterChart(String title, String xLabel, String yLabel, List<ScatterSeries> series,
                            List<LogPoints> logs, int rasterThreshold, double band) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.series = List.copyOf(series);
        this.logs = logs;
        this.threshold = rasterThreshold;
        this.band = band;
        int n = 0;
        for (ScatterSeries s : series) n += s.size();
        this.total = n;
        this.raster = n > rasterThreshold;
        this.density = raster ? new DensityLayer(logs, colors(), DensityLayer.DEFAULT_CELL) : null;
        this.chart = build();
    }

    private static List<LogPoints> logsOf(List<ScatterSeries> series) {
        List<LogPoints> out = new ArrayList<>(series.size());
        for (ScatterSeries s : series) out.add(new LogPoints(s.x(), s.y()));
        return List.copyOf(out);
    }

    /** A new, identical chart (same data, no shared mutable state) — for exporting off the FX thread. */
    public LogScatterChart copy() {
        return new LogScatterChart(title, xLabel, yLabel, series, logs, threshold, band);
    }

    public JFreeChart chart() { return chart; }
    public boolean usesRaster() { return raster; }
    public int pointCount() { return total; }
    public List<ScatterSeries> series() { return series; }

    /** The raster layer, or null in dot mode. */
    public DensityLayer densityLayer() { return density; }

    /** What the subtitle says about the drawing mode. */
    public String modeText() {
        DecimalFormat f = new DecimalFormat("#,##0");
        if (raster) {
            return "density raster of " + f.format(total) + " points (more than " + f.format(threshold)
                    + "): colour strength = points per cell, log scale";
        }
        return f.format(total) + " points drawn as dots";
    }

    private List<Color> colors() {
        List<Color> c = new ArrayList<>();
        for (ScatterSeries s : series) c.add(s.color());
        return c;
    }

    private JFreeChart build() {
        double[] range = positiveRange();
        LogAxis x = logAxis(xLabel), y = logAxis(yLabel);
        DefaultXYDataset identity = new DefaultXYDataset();
        identity.addSeries("y = x", new double[][]{{range[0], range[1]}, {range[0], range[1]}});
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(0, new Color(60, 60, 60));
        lineRenderer.setSeriesStroke(0, new BasicStroke(1.2f));
        XYPlot plot = PlotStyle.pannable(new XYPlot(identity, x, y, lineRenderer));
        lineRenderer.addAnnotation(bandPolygon(range), Layer.BACKGROUND);
        if (raster) {
            lineRenderer.addAnnotation(density, Layer.BACKGROUND);
        } else {
            DefaultXYDataset points = new DefaultXYDataset();
            XYDotRenderer dots = new XYDotRenderer();
            dots.setDotWidth(3);
            dots.setDotHeight(3);
            for (int i = 0; i < series.size(); i++) {
                ScatterSeries s = series.get(i);
                points.addSeries(s.name(), new double[][]{s.x(), s.y()});
                dots.setSeriesPaint(i, s.color());
            }
            plot.setDataset(1, points);
            plot.setRenderer(1, dots);
        }
        plot.setFixedLegendItems(legend());
        JFreeChart c = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        c.setBackgroundPaint(Color.WHITE);
        TextTitle mode = new TextTitle(modeText(), new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        mode.setPaint(new Color(90, 90, 90));
        c.addSubtitle(mode);
        return c;
    }

    private LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        for (ScatterSeries s : series) {
            items.add(new LegendItem(s.name(), null, null, null, new Rectangle2D.Double(-4, -4, 8, 8), s.color()));
        }
        items.add(new LegendItem("y = x", null, null, null, new java.awt.geom.Line2D.Double(-6, 0, 6, 0),
                new BasicStroke(1.5f), new Color(60, 60, 60)));
        items.add(new LegendItem(String.format("±%.0f %% band", band * 100), null, null, null,
                new Rectangle2D.Double(-6, -4, 12, 8), bandColor()));
        return items;
    }

    private static Color bandColor() {
        return new Color(120, 170, 120, 60);
    }

    /** The band |y − x| ≤ band·x is a straight strip on log–log axes: a 4-corner polygon is exact. */
    private XYPolygonAnnotation bandPolygon(double[] r) {
        double lo = r[0] / 1000, hi = r[1] * 1000; // far beyond the data so panning never shows its end
        return new XYPolygonAnnotation(new double[]{lo, lo * (1 - band), hi, hi * (1 - band),
                hi, hi * (1 + band), lo, lo * (1 + band)}, null, null, bandColor());
    }

    private double[] positiveRange() {
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (ScatterSeries s : series) {
            for (double[] a : new double[][]{s.x(), s.y()}) {
                for (double v : a) {
                    if (v > 0 && v < lo) lo = v;
                    if (v > hi) hi = v;
                }
            }
        }
        if (hi <= 0) return new double[]{0.1, 10};
        if (hi <= lo) return new double[]{lo / 2, hi * 2};
        return new double[]{lo, hi};
    }

    private static LogAxis logAxis(String label) {
        return new NiceLogAxis(label);
    }

    /**
     * The point nearest to screen position {@code (sx, sy)} within {@code maxDistance} pixels, for a
     * chart drawn with the given data area (in the viewer's coordinates). FX thread, since it reads
     * the on-screen axis ranges; one linear pass, a few ms for a million points.
     */
    public Optional<Pick> pick(Rectangle2D dataArea, double sx, double sy, double maxDistance) {
        if (dataArea == null || !dataArea.contains(sx, sy)) return Optional.empty();
        XYPlot plot = chart.getXYPlot();
        double[] m = mapping(plot.getDomainAxis(), plot.getRangeAxis(), dataArea);
        double best = maxDistance * maxDistance;
        int bs = -1, bi = -1;
        for (int s = 0; s < logs.size(); s++) {
            float[] lx = logs.get(s).lx(), ly = logs.get(s).ly();
            for (int i = 0; i < lx.length; i++) {
                double dx = m[0] + lx[i] * m[1] - sx, dy = m[2] + ly[i] * m[3] - sy;
                double d = dx * dx + dy * dy;
                if (d <= best) { // NaN (non-positive values) never compares true
                    best = d;
                    bs = s;
                    bi = i;
                }
            }
        }
        return bs < 0 ? Optional.empty() : Optional.of(new Pick(bs, bi, Math.sqrt(best)));
    }

    /** Screen position of a point (viewer coordinates) for a chart drawn with this data area. */
    public Point2D screenPosition(Rectangle2D dataArea, int seriesIndex, int index) {
        XYPlot plot = chart.getXYPlot();
        ScatterSeries s = series.get(seriesIndex);
        return new Point2D.Double(
                plot.getDomainAxis().valueToJava2D(s.x()[index], dataArea, RectangleEdge.BOTTOM),
                plot.getRangeAxis().valueToJava2D(s.y()[index], dataArea, RectangleEdge.LEFT));
    }

    /** screen = a + b·log10(value) on each axis: {ax, bx, ay, by}. */
    private static double[] mapping(ValueAxis xa, ValueAxis ya, Rectangle2D area) {
        double lx0 = Math.log10(xa.getLowerBound()), lx1 = Math.log10(xa.getUpperBound());
        double ly0 = Math.log10(ya.getLowerBound()), ly1 = Math.log10(ya.getUpperBound());
        double bx = area.getWidth() / (lx1 - lx0), by = -area.getHeight() / (ly1 - ly0);
        return new double[]{area.getMinX() - lx0 * bx, bx, area.getMaxY() - ly0 * by, by};
    }

    /** Rings the given point (null clears); FX thread for an on-screen chart. */
    public void highlight(Pick p) {
        XYPlot plot = chart.getXYPlot();
        if (highlight != null) plot.removeAnnotation(highlight, false);
        highlight = null;
        if (p != null) {
            ScatterSeries s = series.get(p.series());
            highlight = new PointHighlight(s.x()[p.index()], s.y()[p.index()]);
            plot.addAnnotation(highlight, false);
        }
        chart.fireChartChanged();
    }
}
