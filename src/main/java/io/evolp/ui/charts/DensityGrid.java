package io.evolp.ui.charts;

/**
 * Counts of points per cell of a regular grid laid over a rectangle of (possibly log-transformed)
 * data space. Row 0 is the <em>top</em> of the rectangle (highest y), as on screen, so the grid maps
 * one-to-one onto an image of the plot's data area.
 *
 * <p>This is the core of the density raster: one pass over plain float arrays with a multiply and a
 * truncation per point, so a million points bin in a few milliseconds — fast enough to redo on every
 * zoom/pan frame instead of drawing a million shapes (DESIGN §7).
 */
public final class DensityGrid {

    private final int cols;
    private final int rows;
    private final int[] counts;
    private final int max;
    private final int inside;

    private DensityGrid(int cols, int rows, int[] counts, int max, int inside) {
        this.cols = cols;
        this.rows = rows;
        this.counts = counts;
        this.max = max;
        this.inside = inside;
    }

    /**
     * Bins the first {@code n} points {@code (x[i], y[i])} into {@code cols × rows} cells covering
     * {@code [x0, x1] × [y0, y1]}; points outside (or NaN) are skipped. A point exactly on the upper
     * edge goes into the last cell, so the rectangle is closed on both sides.
     */
    public static DensityGrid bin(float[] x, float[] y, int n, double x0, double x1, double y0, double y1,
                                  int cols, int rows) {
        if (cols < 1 || rows < 1) throw new IllegalArgumentException("grid must be at least 1×1, was " + cols + "×" + rows);
        if (!(x1 > x0) || !(y1 > y0)) throw new IllegalArgumentException("empty data rectangle");
        int[] counts = new int[cols * rows];
        double sx = cols / (x1 - x0);
        double sy = rows / (y1 - y0);
        int lastCol = cols - 1, lastRow = rows - 1;
        int max = 0, inside = 0;
        for (int i = 0; i < n; i++) {
            float px = x[i], py = y[i];
            // Written as negated in-range tests so NaN is skipped too.
            if (!(px >= x0 && px <= x1 && py >= y0 && py <= y1)) continue;
            int c = (int) ((px - x0) * sx);
            int r = (int) ((y1 - py) * sy);
            if (c > lastCol) c = lastCol;
            if (r > lastRow) r = lastRow;
            int k = ++counts[r * cols + c];
            if (k > max) max = k;
            inside++;
        }
        return new DensityGrid(cols, rows, counts, max, inside);
    }

    public int cols() { return cols; }
    public int rows() { return rows; }

    /** Count in the cell at column {@code c} (from the left) and row {@code r} (from the top). */
    public int count(int c, int r) { return counts[r * cols + c]; }

    /** Largest count of any cell (0 when no point fell inside). */
    public int maxCount() { return max; }

    /** Number of points that fell inside the rectangle. */
    public int inside() { return inside; }

    int[] counts() { return counts; }
}
