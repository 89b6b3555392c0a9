package io.evolp.io.agent;

import java.util.Collection;

/**
 * Text that goes back to a client or into the agent's log: control characters escaped (a field name
 * or path may carry terminal escape sequences), long inputs cut, and the closest known name for a typo.
 */
public final class Words {

    /** Longest piece of client text quoted in a message. */
    public static final int MAX_QUOTED = 80;

    private Words() {
    }

    /**
     * {@code s} with every control character (C0, DEL, C1, and the bidi/line separators a terminal or
     * dialog could act on) written as {@code \\uXXXX}, and cut to {@link #MAX_QUOTED} characters.
     */
    public static String escape(String s) {
        if (s == null) return "null";
        StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_QUOTED) + 8);
        for (int i = 0; i < s.length(); i++) {
            if (b.length() >= MAX_QUOTED) return b.append('…').toString();
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e')
                    || (c >= '\u2066' && c <= '\u2069')) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code " — did you mean 'x'?"} for the known name within a small edit distance of {@code given}, else "". */
    public static String didYouMean(String given, Collection<String> known) {
        String best = io.evolp.io.ClosestName.of(given, known); // one "did you mean" for files and agent requests
        return best != null ? " — did you mean '" + best + "'?" : "";
    }
}
