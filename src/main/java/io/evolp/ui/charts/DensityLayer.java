package io.evolp.ui.charts;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A density raster drawn inside a JFreeChart XY plot on log–log axes: on every draw the raw points
 * are binned into a grid matching the plot's data area <em>at the current axis ranges</em>, coloured
 * by count (log scale, {@link DensityColors}) and drawn as one image. JFreeChart keeps doing what it
 * is good at — axes, legend, lines, annotations — while a million points cost one image per frame
 * instead of a million shapes (DESIGN §7: no JFreeChart renderer is interactive at 1M points).
 *
 * <p>Thread-safe for drawing: the points are immutable and the last image is cached in one volatile
 * immutable holder, so an export may draw a copy of the chart on a worker while the screen draws.
 * Assumes a vertical plot with both axes logarithmic (base 10).
 */
public final class DensityLayer extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    /** Cell edge in pixels: 2 keeps single outliers visible without blurring clusters. */
    public static final int DEFAULT_CELL = 2;

    private final List<LogPoints> series;
    private final List<Color> colors;
    private final int cell;
    private transient volatile Frame last;
    private transient volatile long lastMillis;

    private record Frame(double x, double y, int w, int h, double lx0, double lx1, double ly0, double ly1,
                         BufferedImage image, int maxCount) {
        boolean sameView(double x, double y, int w, int h, double lx0, double lx1, double ly0, double ly1) {
            return this.x == x && this.y == y && this.w == w && this.h == h && this.lx0 == lx0
                    && this.lx1 == lx1 && this.ly0 == ly0 && this.ly1 == ly1;
        }
    }

    public DensityLayer(List<LogPoints> series, List<Color> colors, int cell) {
        if (series.size() != colors.size()) throw new IllegalArgumentException("one colour per series");
        if (cell < 1) throw new IllegalArgumentException("cell must be >= 1");
        this.series = List.copyOf(series);
        this.colors = List.copyOf(colors);
        this.cell = cell;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        if (series.isEmpty() || dataArea.getWidth() < 1 || dataArea.getHeight() < 1) return;
        double lx0 = Math.log10(domainAxis.getLowerBound()), lx1 = Math.log10(domainAxis.getUpperBound());
        double ly0 = Math.log10(rangeAxis.getLowerBound()), ly1 = Math.log10(rangeAxis.getUpperBound());
        if (!(lx1 > lx0) || !(ly1 > ly0)) return;
        int px = (int) Math.floor(dataArea.getX()), py = (int) Math.floor(dataArea.getY());
        int w = (int) Math.ceil(dataArea.getMaxX()) - px, h = (int) Math.ceil(dataArea.getMaxY()) - py;
        Frame f = last;
        if (f == null || !f.sameView(px, py, w, h, lx0, lx1, ly0, ly1)) {
            long t0 = System.nanoTime();
            f = render(px, py, w, h, lx0, lx1, ly0, ly1);
            lastMillis = (System.nanoTime() - t0) / 1_000_000;
            last = f;
        }
        Shape savedClip = g2.getClip();
        g2.clip(dataArea);
        g2.drawImage(f.image(), px, py, null);
        g2.setClip(savedClip);
    }

    /**
     * Bins all series for a data area of {@code w × h} pixels at {@code (px, py)} showing the log
     * ranges given. The grid has whole cells; when the area is not a multiple of the cell size the
     * data rectangle is widened by the fraction of the last partial cell, so every cell spans the
     * same data interval and the image's pixels line up with the axes.
     */
    Frame render(int px, int py, int w, int h, double lx0, double lx1, double ly0, double ly1) {
        int cols = (w + cell - 1) / cell, rows = (h + cell - 1) / cell;
        double gx1 = lx0 + (lx1 - lx0) * (cols * (double) cell) / w;
        double gy0 = ly1 - (ly1 - ly0) * (rows * (double) cell) / h;
        List<DensityGrid> grids = new ArrayList<>(series.size());
        int max = 0;
        for (LogPoints s : series) {
            DensityGrid g = DensityGrid.bin(s.lx(), s.ly(), s.size(), lx0, gx1, gy0, ly1, cols, rows);
            grids.add(g);
            max = Math.max(max, g.maxCount());
        }
        BufferedImage img = new BufferedImage(cols * cell, rows * cell, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] dst = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        int[] src = DensityColors.pixels(grids, colors, cell);
        System.arraycopy(src, 0, dst, 0, src.length);
        return new Frame(px, py, w, h, lx0, lx1, ly0, ly1, img, max);
    }

    /** Milliseconds the last re-binning took (binning + colouring, not the drawing). */
    public long lastRenderMillis() {
        return lastMillis;
    }

    /** Densest cell of the last frame (points per cell). */
    public int lastMaxCount() {
        Frame f = last;
        return f == null ? 0 : f.maxCount();
    }

    public int cell() {
        return cell;
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(this));
    }
}
