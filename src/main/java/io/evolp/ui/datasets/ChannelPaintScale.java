package io.evolp.ui.datasets;

import org.jfree.chart.renderer.PaintScale;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;

/**
 * Colour for a channel count, on log2 values (so 16, 32, 64 … are evenly spaced): a viridis-like
 * ramp, dark blue (few channels) to yellow (many), legible on white and distinguishable in grey.
 * Immutable; a new scale is made for each key's range.
 */
final class ChannelPaintScale implements PaintScale, Serializable {

    private static final Color[] STOPS = {
            new Color(68, 1, 84), new Color(59, 82, 139), new Color(33, 145, 140),
            new Color(94, 201, 98), new Color(253, 231, 37)};

    private final double lower, upper;

    ChannelPaintScale(double lower, double upper) {
        this.lower = lower;
        this.upper = upper > lower ? upper : lower + 1;
    }

    @Override public double getLowerBound() { return lower; }
    @Override public double getUpperBound() { return upper; }

    @Override
    public Paint getPaint(double value) {
        double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower))) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) t);
        double f = t - i;
        Color a = STOPS[i], b = STOPS[i + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
