package io.evolp.ui.datasets;

import java.util.Locale;

/**
 * Number formatting for the Datasets screen. Latency is formatted by hand (not String.format)
 * because the text filter formats every row of a million-row dataset.
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

    /** Milliseconds with 4 decimals, e.g. 0.9111; fast enough for a million rows. */
    static String ms(double v) {
        if (!Double.isFinite(v) || Math.abs(v) >= 1e12) return Double.toString(v);
        long scaled = Math.round(Math.abs(v) * 10_000);
        long whole = scaled / 10_000;
        int frac = (int) (scaled % 10_000);
        StringBuilder sb = new StringBuilder(16);
        if (v < 0 && scaled != 0) sb.append('-');
        sb.append(whole).append('.');
        if (frac < 1000) sb.append('0');
        if (frac < 100) sb.append('0');
        if (frac < 10) sb.append('0');
        return sb.append(frac).toString();
    }

    /** "32–1024", or "32" when both ends are equal. */
    static String range(long lo, long hi) {
        return lo == hi ? Long.toString(lo) : lo + "–" + hi;
    }
}
