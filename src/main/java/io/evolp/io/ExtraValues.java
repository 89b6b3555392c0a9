package io.evolp.io;

import java.util.Arrays;

/**
 * Builds the per-row String[] of extra-column values while sharing what repeats. Extra columns are
 * usually low-cardinality (device, host, run, date): without sharing, a million rows would create
 * millions of identical Strings and arrays, and the garbage collector — not parsing — would dominate
 * the load time. Each column has a small direct-mapped cache of raw bytes → String, and a row whose
 * values are all the same objects as the previous row's reuses the previous array (LayerDataset never
 * mutates the arrays it is given).
 */
final class ExtraValues {

    private static final int SLOTS = 256;            // per column; power of two
    private static final int MAX_CACHED_LENGTH = 64; // long free text is rarely repeated

    private final CsvRecordScanner sc;
    private final int[] fields;
    private final byte[][][] keys;
    private final String[][] values;
    private String[] previous;

    ExtraValues(CsvRecordScanner sc, int[] fields) {
        this.sc = sc;
        this.fields = fields;
        this.keys = new byte[fields.length][SLOTS][];
        this.values = new String[fields.length][SLOTS];
    }

    /** Extra values of the current record, or null when the file has no extra columns. */
    String[] current() {
        if (fields.length == 0) return null;
        String[] row = null;
        String[] prev = previous;
        for (int k = 0; k < fields.length; k++) {
            String v = value(k, fields[k]);
            if (row == null && (prev == null || prev[k] != v)) {
                row = new String[fields.length];
                if (prev != null) System.arraycopy(prev, 0, row, 0, k);
            }
            if (row != null) row[k] = v;
        }
        if (row == null) return prev;
        previous = row;
        return row;
    }

    private String value(int column, int f) {
        byte[] b = sc.buf();
        int s = sc.start(f);
        int e = sc.end(f);
        if (e - s > MAX_CACHED_LENGTH || (sc.flags(f) & CsvRecordScanner.ESCAPED) != 0) return sc.text(f);
        int h = 1;
        for (int i = s; i < e; i++) h = 31 * h + b[i];
        int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
        byte[] key = keys[column][slot];
        if (key != null && Arrays.equals(b, s, e, key, 0, key.length)) return values[column][slot];
        String v = sc.text(f);
        keys[column][slot] = Arrays.copyOfRange(b, s, e);
        values[column][slot] = v;
        return v;
    }
}
