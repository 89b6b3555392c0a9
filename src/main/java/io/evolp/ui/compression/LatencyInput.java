package io.evolp.ui.compression;

import java.util.Locale;

/**
 * A whole-model latency the user typed ("Add measured sample…"). Accepts a plain number of
 * milliseconds, optionally followed by "ms"; anything else is refused with a message that quotes
 * what was typed, so nothing half-parsed ever reaches the predictor.
 */
final class LatencyInput {

    private LatencyInput() {
    }

    /** @throws IllegalArgumentException naming the input and what is expected */
    static double parse(String typed) {
        String raw = typed == null ? "" : typed;
        String s = raw.trim().toLowerCase(Locale.ROOT);
        if (s.endsWith("ms")) s = s.substring(0, s.length() - 2).trim();
        double v;
        try {
            v = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(refusal(raw, "is not a number"));
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) throw new IllegalArgumentException(refusal(raw, "is not a finite number"));
        if (v <= 0) throw new IllegalArgumentException(refusal(raw, "is not a positive latency"));
        return v;
    }

    private static String refusal(String raw, String what) {
        return "measured latency '" + raw.strip() + "' " + what + ": type the milliseconds you measured, e.g. 41.7";
    }
}
