package io.evolp.ui.charts;

import java.awt.Color;
import java.util.List;

/**
 * Turns density grids into premultiplied ARGB pixels: each series keeps its own colour, and the
 * count of a cell sets its opacity on a <em>log</em> scale shared by all series, so one dense
 * cluster does not wash out a sparse tail and overlaid predictors stay comparable. Series are
 * composited "over" in order.
 */
public final class DensityColors {

    /** Opacity of a cell holding a single point: low enough for density, high enough to see outliers. */
    static final double MIN_ALPHA = 0.35;

    private DensityColors() {
    }

    /** Opacity in [MIN_ALPHA, 1] of a cell with {@code count > 0} points when the densest cell holds {@code max}. */
    public static double alpha(int count, int max) {
        if (count <= 0) return 0;
        if (max <= 1) return 1;
        return MIN_ALPHA + (1 - MIN_ALPHA) * Math.log1p(count) / Math.log1p(max);
    }

    /**
     * Pixels of an image {@code cols·cell × rows·cell}, each grid cell filling a {@code cell × cell}
     * block. All grids must have the same size.
     */
    public static int[] pixels(List<DensityGrid> grids, List<Color> colors, int cell) {
        DensityGrid first = grids.get(0);
        int cols = first.cols(), rows = first.rows();
        int max = 0;
        for (DensityGrid g : grids) max = Math.max(max, g.maxCount());
        int width = cols * cell;
        int[] out = new int[width * rows * cell];
        if (max == 0) return out;
        // One lookup table per series: alpha depends on the count only, and counts repeat a lot.
        int[][] lut = new int[grids.size()][];
        for (int s = 0; s < grids.size(); s++) lut[s] = lookup(colors.get(s), grids.get(s).maxCount(), max);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int argb = 0;
                for (int s = 0; s < grids.size(); s++) {
                    int k = grids.get(s).counts()[r * cols + c];
                    if (k > 0) argb = over(lut[s][k], argb);
                }
                if (argb == 0) continue;
                int base = r * cell * width + c * cell;
                for (int dy = 0; dy < cell; dy++) {
                    int o = base + dy * width;
                    for (int dx = 0; dx < cell; dx++) out[o + dx] = argb;
                }
            }
        }
        return out;
    }

    private static int[] lookup(Color color, int seriesMax, int max) {
        int[] lut = new int[seriesMax + 1];
        for (int k = 1; k <= seriesMax; k++) {
            double a = alpha(k, max);
            int ai = (int) Math.round(a * 255);
            int r = (int) Math.round(color.getRed() * a);
            int g = (int) Math.round(color.getGreen() * a);
            int b = (int) Math.round(color.getBlue() * a);
            lut[k] = ai << 24 | r << 16 | g << 8 | b;
        }
        return lut;
    }

    /** Porter–Duff "source over destination" on premultiplied ARGB. */
    static int over(int src, int dst) {
        int sa = src >>> 24;
        if (sa == 255 || dst == 0) return src;
        int inv = 255 - sa;
        int a = sa + ((dst >>> 24) * inv + 127) / 255;
        int r = ((src >> 16) & 0xff) + (((dst >> 16) & 0xff) * inv + 127) / 255;
        int g = ((src >> 8) & 0xff) + (((dst >> 8) & 0xff) * inv + 127) / 255;
        int b = (src & 0xff) + ((dst & 0xff) * inv + 127) / 255;
        return Math.min(a, 255) << 24 | Math.min(r, 255) << 16 | Math.min(g, 255) << 8 | Math.min(b, 255);
    }
}
