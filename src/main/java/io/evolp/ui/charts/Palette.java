package io.evolp.ui.charts;

import java.awt.Color;

/**
 * Series colours that stay distinguishable for colour-blind readers (Okabe–Ito order) and against
 * the shaded band; the i-th selected item always gets the i-th colour in every chart.
 * <p>
 * Two variants of the same hues, each with enough contrast for a 2 px line against its plot
 * background (WCAG's 3:1 for graphics, checked by a test): {@link #color} for the white plots, with
 * the orange and sky blue darkened (Okabe–Ito's are about 2.3:1 on white); {@link #onDark} for plots
 * on the dark theme's grey {@link #DARK_PLOT}, lightened to at least 4.5:1 (the original blue is 2.5:1
 * there — "dark blue on dark grey").
 */
public final class Palette {

    /** The dark theme's control background (dark.css {@code -fx-control-inner-background}). */
    public static final Color DARK_PLOT = new Color(0x2e, 0x31, 0x34);

    private static final Color[] LIGHT = {
            new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
            new Color(198, 137, 0), new Color(74, 155, 200), new Color(120, 60, 30), new Color(80, 80, 80),
    };

    private static final Color[] DARK = {
            new Color(87, 162, 204), new Color(222, 129, 56), new Color(36, 172, 135), new Color(207, 129, 172),
            new Color(230, 159, 0), new Color(86, 180, 233), new Color(179, 146, 129), new Color(154, 154, 154),
    };

    private Palette() {
    }

    /** The i-th series colour on a white plot. */
    public static Color color(int i) {
        return LIGHT[Math.floorMod(i, LIGHT.length)];
    }

    /** The i-th series colour on a dark plot ({@link #DARK_PLOT}). */
    public static Color onDark(int i) {
        return DARK[Math.floorMod(i, DARK.length)];
    }

    /** How many distinct colours there are before they repeat. */
    public static int size() {
        return LIGHT.length;
    }

    /** CSS form for JavaFX (legend swatches in tables and panes). */
    public static String css(int i) {
        Color c = color(i);
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    /** WCAG 2 contrast ratio of two colours, 1 (same luminance) to 21 (black on white). */
    public static double contrast(Color a, Color b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
