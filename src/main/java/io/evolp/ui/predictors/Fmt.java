package io.evolp.ui.predictors;

import io.evolp.core.Millis;

import java.util.Locale;

/** Number formats of the Predictors screen (one place, so table, details and CSV agree). */
final class Fmt {

    private Fmt() {
    }

    /** {@link Millis#format}, the one latency format of every screen. */
    static String ms(double v) {
        return Millis.format(v);
    }

    static String pct(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }

    static String rho(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }
}
