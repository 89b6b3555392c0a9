package io.evolp.core;

/**
 * Makes text from input files safe to show on a terminal or in a dialog.
 *
 * <p>Why: a CSV cell or JSON string holding {@code ESC[2J} (or a bell, a carriage return, a
 * right-to-left override) used to be echoed raw, so a file could clear or rewrite the user's
 * terminal. Control characters become visible escapes ({@code \e}, {@code \x07}, {@code \u202e}).
 */
public final class SafeText {

    private SafeText() {
    }

    /** {@code s} with every control / bidi-override / line-separator character escaped; null stays null. */
    public static String escape(String s) {
        if (s == null) return null;
        int i = 0;
        while (i < s.length() && !unsafe(s.charAt(i))) i++;
        if (i == s.length()) return s;
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!unsafe(c)) sb.append(c);
            else if (c == 0x1B) sb.append("\\e");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x100) sb.append(String.format("\\x%02X", (int) c));
            else sb.append(String.format("\\u%04X", (int) c));
        }
        return sb.toString();
    }

    /** Escaped and cut to {@code max} characters (with "…"), for quoting user text in a message. */
    public static String shorten(String s, int max) {
        String e = escape(s);
        return e == null || e.length() <= max ? e : e.substring(0, Math.max(0, max - 1)) + "…";
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c < 0xA0)
                || c == 0x2028 || c == 0x2029                 // line / paragraph separators
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069); // bidi overrides
    }
}
