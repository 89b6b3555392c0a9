package io.evolp.core;

/**
 * The one text form of a latency in milliseconds, for every screen and table (the Datasets table,
 * the Predictors screen and the Compression screen once had three): four decimals below 1 ms, three
 * below 100 ms, one above — about four significant digits, finer than any measurement's noise and
 * short enough for a table column. Built by hand rather than with {@code String.format}: the
 * Datasets screen's text filter formats every row of a million-row dataset. Independent of the
 * user's locale (a dot, no grouping), so tests, CSVs and screens agree.
 */
public final class Millis {

    private static final long[] SCALE = {1, 10, 100, 1_000, 10_000};

    private Millis() {
    }

    /** 0.91106 → "0.9111", 12.3456 → "12.346", 1234.56 → "1234.6"; NaN → "n/a". */
    public static String format(double ms) {
        if (Double.isNaN(ms)) return "n/a";
        double a = Math.abs(ms);
        if (Double.isInfinite(ms) || a >= 1e12) return Double.toString(ms);
        int decimals = a >= 100 ? 1 : a >= 1 ? 3 : 4;
        long scale = SCALE[decimals];
        long scaled = Math.round(a * scale);
        StringBuilder sb = new StringBuilder(20);
        if (ms < 0 && scaled != 0) sb.append('-');
        sb.append(scaled / scale).append('.');
        String frac = Long.toString(scaled % scale);
        for (int i = frac.length(); i < decimals; i++) sb.append('0');
        return sb.append(frac).toString();
    }
}
