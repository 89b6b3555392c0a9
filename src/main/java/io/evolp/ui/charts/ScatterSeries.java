package io.evolp.ui.charts;

import java.awt.Color;

/**
 * One named, coloured set of scatter points. The arrays are shared with their owner (e.g. an
 * evaluation report) and treated as read-only.
 */
public record ScatterSeries(String name, Color color, double[] x, double[] y) {

    public ScatterSeries {
        if (x.length != y.length) throw new IllegalArgumentException("x has " + x.length + " values, y " + y.length);
    }

    public int size() {
        return x.length;
    }
}
