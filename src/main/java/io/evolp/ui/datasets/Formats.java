package io.evolp.ui.datasets;

import io.evolp.core.Millis;

import java.text.NumberFormat;
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

    /**
     * For display only (tables show it, CSV exports keep the plain form): 115605504 → "115,605,504"
     * in the user's locale ("115.605.504" in German, …).
     */
    static String grouped(long n) {
        return NumberFormat.getIntegerInstance(Locale.getDefault(Locale.Category.FORMAT)).format(n);
    }

    /**
     * For display only: four significant digits like {@link Millis#format} (0.0123456789 → "0.0123",
     * 1234.5678 → "1,235"), with the user's locale's decimal and grouping separators.
     */
    static String decimal(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return Double.toString(v);
        double a = Math.abs(v);
        int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 10 ? 2 : a >= 1 ? 3 : 4;
        NumberFormat f = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        return f.format(v);
    }

    /** A raw "lo–hi" range (or single number) with each end {@link #grouped}; anything else as it is. */
    static String groupedRange(String raw) {
        String[] parts = raw.split("–", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) sb.append('–');
            try {
                sb.append(grouped(Long.parseLong(parts[i])));
            } catch (NumberFormatException notANumber) {
                return raw;
            }
        }
        return sb.toString();
    }

    /** A cell of a file's extra column for display: numbers rounded and grouped, text as it is. */
    static String extra(String raw) {
        if (raw == null || raw.isEmpty()) return raw;
        try {
            double v = Double.parseDouble(raw);
            if (v == Math.rint(v) && Math.abs(v) < 1e15 && !raw.contains(".") && !raw.contains("e") && !raw.contains("E")) {
                return grouped((long) v);
            }
            return decimal(v);
        } catch (NumberFormatException text) {
            return raw;
        }
    }

    /** "32–1024", or "32" when both ends are equal. */
    static String range(long lo, long hi) {
        return lo == hi ? Long.toString(lo) : lo + "–" + hi;
    }
}
