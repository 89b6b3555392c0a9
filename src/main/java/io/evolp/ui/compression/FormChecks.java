package io.evolp.ui.compression;

import java.util.Locale;

/**
 * The reasons a typed number in the Compression setup is refused (the latency budget, the maximum
 * number of measurements), as plain functions: the view's {@code ValidationSupport} shows them next
 * to the field and disables Run while any is present. Null means the text is fine.
 */
final class FormChecks {

    private FormChecks() {
    }

    /** A latency budget in ms ("12.5" or "12.5 ms") inside [min, max]. */
    static String budget(String text, double min, double max) {
        String s = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (s.endsWith("ms")) s = s.substring(0, s.length() - 2).trim();
        if (s.isEmpty()) return "Type the latency budget in ms.";
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return "'" + text.strip() + "' is not a number: type the latency budget in ms, e.g. 12.5.";
        }
        if (!Double.isFinite(v)) return "'" + text.strip() + "' is not a finite budget.";
        // the spinner shows two decimals: allow the rounding of the range's ends
        if (v < round2(min) - 0.005 || v > round2(max) + 0.005) {
            return String.format(Locale.ROOT, "The budget must lie between %.2f and %.2f ms (5 %% to 100 %% of the"
                    + " full model's prediction).", min, max);
        }
        return null;
    }

    /** A whole number of measurements inside [min, max]. */
    static String count(String text, int min, int max) {
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) return "Type the maximum number of measurements.";
        int v;
        try {
            v = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return "'" + s + "' is not a whole number: type how many measurements a session may take, e.g. 20.";
        }
        if (v < min || v > max) return "Max measurements must lie between " + min + " and " + max + ".";
        return null;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
