package io.evolp.ui.charts;

/**
 * Base-10 logarithms of a scatter's coordinates as floats, computed once per data set so that each
 * redraw of a log–log density raster is a linear map (no {@code Math.log10} per point per frame).
 * Non-positive values cannot be placed on a log axis; they become NaN and are counted.
 */
public final class LogPoints {

    private final float[] lx;
    private final float[] ly;
    private final int notPositive;

    public LogPoints(double[] x, double[] y) {
        if (x.length != y.length) throw new IllegalArgumentException("x has " + x.length + " values, y " + y.length);
        lx = new float[x.length];
        ly = new float[y.length];
        int bad = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] > 0 && y[i] > 0) {
                lx[i] = (float) Math.log10(x[i]);
                ly[i] = (float) Math.log10(y[i]);
            } else {
                lx[i] = Float.NaN;
                ly[i] = Float.NaN;
                bad++;
            }
        }
        notPositive = bad;
    }

    public float[] lx() { return lx; }
    public float[] ly() { return ly; }
    public int size() { return lx.length; }

    /** Points that have a zero or negative coordinate and are therefore not shown. */
    public int notPositive() { return notPositive; }
}
