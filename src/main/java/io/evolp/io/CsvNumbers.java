package io.evolp.io;

/**
 * Allocation-free number parsing straight from CSV bytes. Errors are returned as sentinel values
 * instead of exceptions so that a file with a million bad cells costs no more than a good one.
 * Surrounding spaces and tabs are ignored.
 */
final class CsvNumbers {

    /** Sentinels returned by {@link #parseInt}; every real result fits in an int. */
    static final long EMPTY = Long.MIN_VALUE;
    static final long NOT_NUMBER = Long.MIN_VALUE + 1;
    static final long NOT_INTEGER = Long.MIN_VALUE + 2;
    static final long OUT_OF_RANGE = Long.MIN_VALUE + 3;

    /** Powers of ten that are exact doubles (10^22 is the largest). */
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private CsvNumbers() {
    }

    /**
     * An int, or one of the sentinels. Integral decimals such as {@code 64.0} (what pandas writes for
     * a float column) are accepted; {@code 3.5} is {@link #NOT_INTEGER}.
     */
    static long parseInt(byte[] b, int s, int e) {
        while (s < e && (b[s] == ' ' || b[s] == '\t')) s++;
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) e--;
        if (s == e) return EMPTY;
        int i = s;
        boolean neg = false;
        if (b[i] == '-' || b[i] == '+') {
            neg = b[i] == '-';
            i++;
        }
        long v = 0;
        int digitsStart = i;
        while (i < e && b[i] >= '0' && b[i] <= '9') {
            if (v <= Integer.MAX_VALUE) v = v * 10 + (b[i] - '0');
            i++;
        }
        if (i == e && i > digitsStart) {
            if (neg) v = -v;
            return v < Integer.MIN_VALUE || v > Integer.MAX_VALUE ? OUT_OF_RANGE : v;
        }
        return parseIntSlow(b, s, e);
    }

    /** Decimal or exponent form: decide through the double value (rare, so exceptions are fine). */
    private static long parseIntSlow(byte[] b, int s, int e) {
        double d = parseDouble(b, s, e);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Double.isInfinite(d) && isPlainNumber(b, s, e) ? OUT_OF_RANGE : NOT_NUMBER;
        }
        if (d != Math.rint(d)) return NOT_INTEGER;
        if (d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) return OUT_OF_RANGE;
        return (long) d;
    }

    /**
     * A double, or NaN when the text is not a number (callers tell "empty", "NaN" and "abc" apart
     * from the raw text, off the hot path). {@code inf}, {@code Infinity} and {@code nan} in any case
     * are recognised so they can be reported as such. Only plain decimal syntax is accepted — not
     * Java's {@code 1d}, {@code 0x1p3} — because other tools would not read those back.
     */
    static double parseDouble(byte[] b, int s, int e) {
        while (s < e && (b[s] == ' ' || b[s] == '\t')) s++;
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) e--;
        if (s == e) return Double.NaN;
        int i = s;
        boolean neg = false;
        if (b[i] == '-' || b[i] == '+') {
            neg = b[i] == '-';
            i++;
        }
        long m = 0;
        int sig = 0;
        int scale = 0;
        boolean any = false;
        while (i < e && b[i] >= '0' && b[i] <= '9') {
            any = true;
            int d = b[i++] - '0';
            if (m != 0 || d != 0) {
                if (sig < 18) m = m * 10 + d;
                else scale--;      // digits beyond what a long holds; only the slow path uses them
                sig++;
            }
        }
        if (i < e && b[i] == '.') {
            i++;
            while (i < e && b[i] >= '0' && b[i] <= '9') {
                any = true;
                int d = b[i++] - '0';
                if (m != 0 || d != 0) {
                    if (sig < 18) {
                        m = m * 10 + d;
                        scale++;
                    }
                    sig++;
                } else {
                    scale++;
                }
            }
        }
        if (!any) return literal(b, i, e, neg);
        int exp = 0;
        if (i < e && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            boolean eneg = false;
            if (i < e && (b[i] == '-' || b[i] == '+')) {
                eneg = b[i] == '-';
                i++;
            }
            int expStart = i;
            while (i < e && b[i] >= '0' && b[i] <= '9') {
                if (exp < 100_000) exp = exp * 10 + (b[i] - '0');
                i++;
            }
            if (i == expStart) return Double.NaN;
            if (eneg) exp = -exp;
        }
        if (i != e) return Double.NaN;
        int tot = exp - scale;
        // Clinger's fast path: an exact integer below 2^53 times/divided by an exact power of ten is a
        // single correctly rounded operation, so the result equals Double.parseDouble's.
        if (sig <= 15 && tot >= -22 && tot <= 22) {
            double v = m == 0 ? 0.0 : tot >= 0 ? m * POW10[tot] : m / POW10[-tot];
            return neg ? -v : v;
        }
        try {
            return Double.parseDouble(new String(b, s, e - s, java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (NumberFormatException ex) {
            return Double.NaN;
        }
    }

    private static double literal(byte[] b, int s, int e, boolean neg) {
        if (matches(b, s, e, "inf") || matches(b, s, e, "infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.NaN;
    }

    /** Whether the trimmed text is a NaN literal (nan, NaN, -nan …). */
    static boolean isNanLiteral(byte[] b, int s, int e) {
        while (s < e && (b[s] == ' ' || b[s] == '\t')) s++;
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) e--;
        if (s < e && (b[s] == '-' || b[s] == '+')) s++;
        return matches(b, s, e, "nan");
    }

    private static boolean isPlainNumber(byte[] b, int s, int e) {
        for (int i = s; i < e; i++) {
            byte c = b[i];
            if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E'
                    && c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** 1 for true/1, 0 for false/0 (any case), -1 otherwise. */
    static int parseBool(byte[] b, int s, int e) {
        while (s < e && (b[s] == ' ' || b[s] == '\t')) s++;
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) e--;
        if (matches(b, s, e, "true") || matches(b, s, e, "1")) return 1;
        if (matches(b, s, e, "false") || matches(b, s, e, "0")) return 0;
        return -1;
    }

    /** Case-insensitive ASCII comparison of {@code b[s, e)} with a lower-case word. */
    static boolean matches(byte[] b, int s, int e, String lower) {
        if (e - s != lower.length()) return false;
        for (int k = 0; k < lower.length(); k++) {
            int c = b[s + k];
            if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
            if (c != lower.charAt(k)) return false;
        }
        return true;
    }
}
