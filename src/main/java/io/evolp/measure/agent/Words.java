package io.evolp.measure.agent;

import java.util.Collection;

/**
 * Text that goes back to a client or into the agent's log: control characters escaped (a field name
 * or path may carry terminal escape sequences), long inputs cut, and the closest known name for a typo.
 */
final class Words {

    /** Longest piece of client text quoted in a message. */
    static final int MAX_QUOTED = 80;

    private Words() {
    }

    /**
     * {@code s} with every control character (C0, DEL, C1, and the bidi/line separators a terminal or
     * dialog could act on) written as {@code \\uXXXX}, and cut to {@link #MAX_QUOTED} characters.
     */
    static String escape(String s) {
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
    static String didYouMean(String given, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(given.toLowerCase(java.util.Locale.ROOT), k);
            if (d < bestDistance || (d == bestDistance && best != null && k.compareTo(best) < 0)) {
                best = k;
                bestDistance = d;
            }
        }
        boolean close = best != null && bestDistance <= Math.max(1, Math.min(3, best.length() / 3));
        return close ? " — did you mean '" + best + "'?" : "";
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit ("widht" → "width"). */
    static int distance(String a, String b) {
        if (a.length() > 64 || b.length() > 64) return Integer.MAX_VALUE / 2; // no typo is that long
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
