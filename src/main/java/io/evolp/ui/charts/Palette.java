package io.evolp.ui.charts;

import java.awt.Color;

/**
 * Series colours that stay distinguishable for colour-blind readers (Okabe–Ito order) and against
 * the shaded band; the i-th selected item always gets the i-th colour in every chart.
 */
public final class Palette {

    private static final Color[] COLORS = {
            new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
            new Color(230, 159, 0), new Color(86, 180, 233), new Color(120, 60, 30), new Color(80, 80, 80),
    };

    private Palette() {
    }

    public static Color color(int i) {
        return COLORS[Math.floorMod(i, COLORS.length)];
    }

    /** CSS form for JavaFX (legend swatches in tables and panes). */
    public static String css(int i) {
        Color c = color(i);
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
