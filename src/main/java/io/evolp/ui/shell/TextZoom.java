package io.evolp.ui.shell;

import java.util.Locale;

/**
 * The text zoom steps behind Ctrl+Plus / Ctrl+Minus / Ctrl+0 and presentation mode — pure arithmetic,
 * no JavaFX. A factor of 1 is the themes' size ({@link #BASE_PX}); the scene root gets
 * {@code -fx-font-size: BASE_PX × factor}, and everything sized in em (Modena's controls, the themes'
 * titles, the chart text that follows the root font) grows with it. Fixed steps rather than ±10 %
 * so that a few presses land on round sizes and Ctrl+Minus undoes Ctrl+Plus exactly.
 */
public final class TextZoom {

    /** The themes' {@code .root} font size in px (light.css, dark.css). */
    public static final double BASE_PX = 13;
    static final double[] STEPS = {0.75, 0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.5, 3.0};
    /**
     * Presentation mode's factor at least: 13 px → 20 px on a 1280×800 projector. 1.75 (23 px) was
     * tried first: larger, but the screens' tables and forms then ran out of room at 1280×800.
     */
    public static final double PRESENTATION = 1.5;

    private TextZoom() {
    }

    /** {@code factor} snapped into the range of steps; null, NaN and non-positive values are 1. */
    public static double clamp(Double factor) {
        if (factor == null || !Double.isFinite(factor) || factor <= 0) return 1.0;
        return Math.max(STEPS[0], Math.min(STEPS[STEPS.length - 1], factor));
    }

    /** The next step above {@code factor} (the largest step stays). */
    public static double larger(double factor) {
        for (double s : STEPS) if (s > factor + 1e-9) return s;
        return STEPS[STEPS.length - 1];
    }

    /** The next step below {@code factor} (the smallest step stays). */
    public static double smaller(double factor) {
        for (int i = STEPS.length - 1; i >= 0; i--) if (STEPS[i] < factor - 1e-9) return STEPS[i];
        return STEPS[0];
    }

    /** The root font size for {@code factor}, in whole px (fractional px blur text on some pipelines). */
    public static long px(double factor) {
        return Math.round(BASE_PX * clamp(factor));
    }

    /** "115 %": how the status bar and the View menu name a factor. */
    public static String percent(double factor) {
        return String.format(Locale.ROOT, "%.0f %%", clamp(factor) * 100);
    }

    /**
     * {@code style} (a node's inline style, may be null) with its font size replaced by the size for
     * {@code factor}; other declarations are kept, so a root node's own inline style survives zooming.
     */
    public static String style(String style, double factor) {
        String rest = style == null ? "" : style.replaceAll("-fx-font-size\\s*:[^;]*;?", "").trim();
        String font = "-fx-font-size: " + px(factor) + "px;";
        return rest.isEmpty() ? font : rest + (rest.endsWith(";") ? " " : "; ") + font;
    }
}
