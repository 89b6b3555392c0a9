package io.evolp.ui.predictors;

import java.util.Locale;

/** Number formats of the Predictors screen (one place, so table, details and CSV agree). */
final class Fmt {

    private Fmt() {
    }

    static String ms(double v) {
        if (Double.isNaN(v)) return "n/a";
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.1f" : Math.abs(v) >= 1 ? "%.3f" : "%.4f", v);
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    static String rho(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }
}
