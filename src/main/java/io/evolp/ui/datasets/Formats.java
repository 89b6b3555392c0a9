package io.evolp.ui.datasets;

import io.evolp.core.Millis;

import java.util.Locale;

/**
 * Number formatting for the Datasets screen.
 */
final class Formats {

    private Formats() {
    }

    /** 1234567 → "1,234,567" (grouping independent of the user's locale, so tests and CSVs agree). */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** "12,345 of 1,000,000 rows". */
    static String rowCount(int shown, int total) {
        return count(shown) + " of " + count(total) + " rows";
    }

    /** {@link Millis#format}, the one latency format of every screen (fast enough for a million rows). */
    static String ms(double v) {
        return Millis.format(v);
    }

    /** "32–1024", or "32" when both ends are equal. */
    static String range(long lo, long hi) {
        return lo == hi ? Long.toString(lo) : lo + "–" + hi;
    }
}
