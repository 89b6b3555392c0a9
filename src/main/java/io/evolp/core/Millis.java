package io.evolp.core;

/**
 * The one text form of a latency in milliseconds, for every screen and table (the Datasets table,
 * the Predictors screen and the Compression screen once had three): four significant digits (four
 * decimals below 1 ms, three below 10, two below 100, one below 1000, none above) — finer than any
 * measurement's noise, short enough for a table column, and the budget spinner's two decimals for
 * the usual 10–100 ms budgets. Built by hand rather than with {@code String.format}: the
 * Datasets screen's text filter formats every row of a million-row dataset. Independent of the
 * user's locale (a dot, no grouping), so tests, CSVs and screens agree.
 */
public final class Millis {

    private static final long[] SCALE = {1, 10, 100, 1_000, 10_000};

    private Millis() {
    }

    /** 0.91106 → "0.9111", 5.80912 → "5.809", 58.0912 → "58.09", 146.84 → "146.8", 1234.56 → "1235"; NaN → "n/a". */
    public static String format(double ms) {
        if (Double.isNaN(ms)) return "n/a";
        double a = Math.abs(ms);
        if (Double.isInfinite(ms) || a >= 1e12) return Double.toString(ms);
        int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 10 ? 2 : a >= 1 ? 3 : 4;
        long scale = SCALE[decimals];
        long scaled = Math.round(a * scale);
        StringBuilder sb = new StringBuilder(20);
        if (ms < 0 && scaled != 0) sb.append('-');
        sb.append(scaled / scale);
        if (decimals == 0) return sb.toString();
        sb.append('.');
        String frac = Long.toString(scaled % scale);
        for (int i = frac.length(); i < decimals; i++) sb.append('0');
        return sb.append(frac).toString();
    }
}
