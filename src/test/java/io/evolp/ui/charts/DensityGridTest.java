package io.evolp.ui.charts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Binning of the density raster: the right counts in the right cells, row 0 at the top. */
class DensityGridTest {

    @Test
    void smallCaseLandsInExpectedCellsWithRowZeroAtTop() {
        float[] x = {0.5f, 1.5f, 2f, 0f, 3f, Float.NaN, 1.5f};
        float[] y = {0.5f, 1.5f, 2f, 0f, 1f, 1f, 0.2f};
        DensityGrid g = DensityGrid.bin(x, y, x.length, 0, 2, 0, 2, 2, 2);
        assertEquals(2, g.count(0, 1), "(0.5,0.5) and (0,0): left column, bottom row");
        assertEquals(2, g.count(1, 0), "(1.5,1.5) and the corner (2,2): right column, top row");
        assertEquals(1, g.count(1, 1), "(1.5,0.2): right column, bottom row");
        assertEquals(0, g.count(0, 0));
        assertEquals(5, g.inside(), "(3,1) outside and NaN skipped");
        assertEquals(2, g.maxCount());
    }

    @Test
    void onlyFirstNPointsAreBinned() {
        float[] x = {0.1f, 0.1f, 0.1f}, y = {0.1f, 0.1f, 0.1f};
        assertEquals(2, DensityGrid.bin(x, y, 2, 0, 1, 0, 1, 4, 4).inside());
    }

    @Test
    void millionPointsOnAKnownLatticeGiveExactCounts() {
        int n = 1_000_000;
        float[] x = new float[n], y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (i % 10) + 0.5f;          // column i % 10
            y[i] = ((i / 10) % 10) + 0.5f;   // value v sits in row 9 - v (row 0 is the top)
        }
        long t0 = System.nanoTime();
        DensityGrid g = DensityGrid.bin(x, y, n, 0, 10, 0, 10, 10, 10);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        for (int c = 0; c < 10; c++) for (int r = 0; r < 10; r++) assertEquals(10_000, g.count(c, r), c + "," + r);
        assertEquals(n, g.inside());
        assertEquals(10_000, g.maxCount());
        assertTrue(ms < 2000, "binning 1M points took " + ms + " ms");
    }

    @Test
    void skewedMillionPointsCountedPerCell() {
        int n = 1_000_000;
        float[] x = new float[n], y = new float[n];
        for (int i = 0; i < n; i++) {
            boolean hot = i % 4 != 0;            // 750,000 points in one cell, 250,000 in another
            x[i] = hot ? 0.075f : 0.975f;      // cell centres: columns 1 and 19 of 20
            y[i] = hot ? 0.95f : 0.05f;
        }
        DensityGrid g = DensityGrid.bin(x, y, n, 0, 1, 0, 1, 20, 10);
        assertEquals(750_000, g.count(1, 0));
        assertEquals(250_000, g.count(19, 9));
        assertEquals(750_000, g.maxCount());
    }

    @Test
    void rejectsEmptyGridOrRectangle() {
        float[] a = {1};
        assertThrows(IllegalArgumentException.class, () -> DensityGrid.bin(a, a, 1, 0, 1, 0, 1, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> DensityGrid.bin(a, a, 1, 1, 1, 0, 1, 3, 3));
    }

    @Test
    void logColourScaleIsMonotoneAndCompositingKeepsOpaqueSource() {
        assertEquals(0, DensityColors.alpha(0, 100));
        assertEquals(DensityColors.MIN_ALPHA, DensityColors.alpha(1, 1_000_000), 0.06);
        assertEquals(1.0, DensityColors.alpha(100, 100), 1e-12);
        assertTrue(DensityColors.alpha(10, 100) < DensityColors.alpha(11, 100));
        int opaqueRed = 0xffff0000;
        assertEquals(opaqueRed, DensityColors.over(opaqueRed, 0xff0000ff));
        assertEquals(0x800000ff, DensityColors.over(0x800000ff, 0));
    }
}
