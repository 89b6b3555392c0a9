package io.evolp.ui.charts;

import java.awt.Color;

/** Relative errors (in %, ≥ 0) of one predictor, for the cumulative error chart. */
public record ErrorCurve(String name, Color color, double[] errorsPct) {

    /** |predicted − measured| / measured · 100 for each pair. */
    public static double[] relativeErrorsPct(double[] predicted, double[] measured) {
        double[] e = new double[measured.length];
        for (int i = 0; i < e.length; i++) e[i] = 100 * Math.abs(predicted[i] - measured[i]) / measured[i];
        return e;
    }
}
