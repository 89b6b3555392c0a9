package io.evolp.ui.datasets;

import io.evolp.core.ConfigKey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One column of the rows table, read straight from the columnar dataset by row index: the text a
 * cell shows (also what the text filter and the CSV export see) and a sort key. Pure functions of
 * (index, row), so workers can filter, sort and export without touching the table.
 */
abstract class RowColumn {

    /** Text-only accessor. */
    interface Text { String of(DatasetIndex ix, int row); }

    /** Monotone numeric sort key. */
    interface Key { long of(DatasetIndex ix, int row); }

    private final String header;
    private final boolean numeric;
    private final boolean keyLevel;

    RowColumn(String header, boolean numeric, boolean keyLevel) {
        this.header = header;
        this.numeric = numeric;
        this.keyLevel = keyLevel;
    }

    String header() { return header; }

    /** Right-aligned in the table. */
    boolean numeric() { return numeric; }

    /** Whether the text depends on the configuration key only (the text filter tests it once per key). */
    boolean keyLevel() { return keyLevel; }

    /** The plain text: what the CSV export writes and the text filter searches. */
    abstract String text(DatasetIndex ix, int row);

    /** What the table shows: the text, or for large numbers a rounded, locale-grouped form of it. */
    String display(DatasetIndex ix, int row) {
        return text(ix, row);
    }

    /** Sort keys of {@code rows}, in their order; equal keys mean equal cells. */
    abstract long[] sortKeys(DatasetIndex ix, int[] rows);

    static RowColumn of(String header, boolean numeric, boolean keyLevel, Text text, Key key) {
        return new RowColumn(header, numeric, keyLevel) {
            @Override String text(DatasetIndex ix, int row) { return text.of(ix, row); }
            @Override long[] sortKeys(DatasetIndex ix, int[] rows) {
                long[] k = new long[rows.length];
                for (int i = 0; i < rows.length; i++) k[i] = key.of(ix, rows[i]);
                return k;
            }
        };
    }

    /** As {@link #of(String, boolean, boolean, Text, Key)}, shown in the table as {@code display}. */
    static RowColumn of(String header, boolean numeric, boolean keyLevel, Text text, Key key, Text display) {
        RowColumn plain = of(header, numeric, keyLevel, text, key);
        return new RowColumn(header, numeric, keyLevel) {
            @Override String text(DatasetIndex ix, int row) { return text.of(ix, row); }
            @Override String display(DatasetIndex ix, int row) { return display.of(ix, row); }
            @Override long[] sortKeys(DatasetIndex ix, int[] rows) { return plain.sortKeys(ix, rows); }
        };
    }

    /** The columns of a dataset: the fixed layer fields, then the file's extra columns. */
    static List<RowColumn> forIndex(DatasetIndex ix) {
        List<RowColumn> cols = new ArrayList<>(List.of(
                of("line", true, false, (x, r) -> Integer.toString(x.data().sourceLine(r)), (x, r) -> x.data().sourceLine(r)),
                of("key", false, true, DatasetIndex::keyLabel, DatasetIndex::keyId),
                of("input size", true, true, (x, r) -> Integer.toString(x.key(r).inputSize()), (x, r) -> x.key(r).inputSize()),
                of("cin", true, false, (x, r) -> Integer.toString(x.data().cin(r)), (x, r) -> x.data().cin(r)),
                of("cout", true, false, (x, r) -> Integer.toString(x.data().cout(r)), (x, r) -> x.data().cout(r)),
                pair("kernel", k -> k.kh(), k -> k.kw()),
                pair("stride", k -> k.sh(), k -> k.sw()),
                pair("padding", k -> k.ph(), k -> k.pw()),
                of("groups", true, false, (x, r) -> Integer.toString(x.groups(r)), DatasetIndex::groups),
                of("bias", false, true, (x, r) -> Boolean.toString(x.key(r).bias()), (x, r) -> x.key(r).bias() ? 1 : 0),
                of("MACs", true, false, (x, r) -> Long.toString(x.macs(r)), DatasetIndex::macs,
                        (x, r) -> Formats.grouped(x.macs(r))),
                of("latency (ms)", true, false, (x, r) -> Formats.ms(x.data().latency(r)),
                        (x, r) -> sortableBits(x.data().latency(r)), (x, r) -> Formats.decimal(x.data().latency(r)))));
        for (int c = 0; c < ix.data().extraColumns().size(); c++) cols.add(new ExtraColumn(ix.data().extraColumns().get(c), c));
        return cols;
    }

    /** "3x3"-style key fields. */
    private static RowColumn pair(String header, Function<ConfigKey, Integer> a, Function<ConfigKey, Integer> b) {
        return of(header, false, true, (x, r) -> a.apply(x.key(r)) + "x" + b.apply(x.key(r)),
                (x, r) -> ((long) a.apply(x.key(r)) << 32) | b.apply(x.key(r)));
    }

    /** A long whose signed order is the double's numeric order. */
    static long sortableBits(double d) {
        long bits = Double.doubleToLongBits(d);
        return bits < 0 ? bits ^ Long.MAX_VALUE : bits;
    }

    /** A column the file carried beyond the layer fields: numeric order if every value is a number, else text order. */
    private static final class ExtraColumn extends RowColumn {
        private final int col;

        ExtraColumn(String header, int col) {
            super(header, false, false);
            this.col = col;
        }

        @Override String text(DatasetIndex ix, int row) { return ix.data().extra(row, col); }

        @Override String display(DatasetIndex ix, int row) { return Formats.extra(text(ix, row)); }

        @Override long[] sortKeys(DatasetIndex ix, int[] rows) {
            long[] k = new long[rows.length];
            try {
                for (int i = 0; i < rows.length; i++) k[i] = sortableBits(Double.parseDouble(text(ix, rows[i])));
                return k;
            } catch (NumberFormatException notAllNumbers) {
                String[] distinct = Arrays.stream(rows).mapToObj(r -> text(ix, r)).distinct().sorted().toArray(String[]::new);
                for (int i = 0; i < rows.length; i++) k[i] = Arrays.binarySearch(distinct, text(ix, rows[i]));
                return k;
            }
        }
    }
}
