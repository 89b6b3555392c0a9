package io.evolp.io;

import io.evolp.core.Latencies;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerLimits;

import static io.evolp.io.DatasetColumns.BIAS;
import static io.evolp.io.DatasetColumns.CIN;
import static io.evolp.io.DatasetColumns.COUT;
import static io.evolp.io.DatasetColumns.GROUPS;
import static io.evolp.io.DatasetColumns.INPUT_SIZE;
import static io.evolp.io.DatasetColumns.KH;
import static io.evolp.io.DatasetColumns.KW;
import static io.evolp.io.DatasetColumns.LATENCY;
import static io.evolp.io.DatasetColumns.PH;
import static io.evolp.io.DatasetColumns.PW;
import static io.evolp.io.DatasetColumns.SH;
import static io.evolp.io.DatasetColumns.SW;

/**
 * Turns the fields of one well-shaped data row into a {@link LayerConfig} (+ latency), reporting
 * every bad cell with its line and column rather than stopping at the first: the user fixes a file
 * in one pass instead of one error per attempt.
 */
final class LayerRowParser {

    private final CsvRecordScanner sc;
    private final DatasetColumns cols;
    private final ProblemList problems;
    private final boolean withLatency;

    private boolean bad;
    private int line;
    private double latency;

    LayerRowParser(CsvRecordScanner sc, DatasetColumns cols, ProblemList problems, boolean withLatency) {
        this.sc = sc;
        this.cols = cols;
        this.problems = problems;
        this.withLatency = withLatency;
    }

    /** The layer of the current record, or null when any cell was bad (all of them reported). */
    LayerConfig parse() {
        bad = false;
        line = sc.line();
        int inputSize = intCell(INPUT_SIZE, 1);
        int cin = intCell(CIN, 1);
        int cout = intCell(COUT, 1);
        int kh = intCell(KH, 1);
        int kw = intCell(KW, 1);
        int sh = intCell(SH, 1);
        int sw = intCell(SW, 1);
        int ph = intCell(PH, 0);
        int pw = intCell(PW, 0);
        boolean bias = boolCell(BIAS);
        int groups = cols.has(GROUPS) ? intCell(GROUPS, 1) : 1;
        if (withLatency) latency = latencyCell();
        if (bad) return null;
        if (cin % groups != 0 || cout % groups != 0) {
            report(GROUPS, "expected groups dividing input_channel (" + cin + ") and output_channel ("
                    + cout + "), found " + groups);
            return null;
        }
        if (inputSize + 2 * ph < kh) {
            report(KH, "expected kernel_size_1 <= input_size + 2 * padding_1 = " + (inputSize + 2 * ph)
                    + ", found " + kh);
        }
        if (inputSize + 2 * pw < kw) {
            report(KW, "expected kernel_size_2 <= input_size + 2 * padding_2 = " + (inputSize + 2 * pw)
                    + ", found " + kw);
        }
        if (bad) return null;
        // Safety net: LayerConfig's own rules, should they ever grow beyond the checks above.
        String why = LayerConfig.problem(inputSize, cin, cout, kh, kw, sh, sw, ph, pw, groups);
        if (why != null) {
            problems.add(line, 0, null, why);
            return null;
        }
        return new LayerConfig(inputSize, cin, cout, kh, kw, sh, sw, ph, pw, bias, groups);
    }

    /** Latency of the row {@link #parse} last accepted. */
    double latency() {
        return latency;
    }

    private int intCell(int column, int min) {
        int f = cols.fieldOf[column];
        long v = CsvNumbers.parseInt(sc.buf(), sc.start(f), sc.end(f));
        int max = LayerLimits.maxFor(column == CIN || column == COUT || column == GROUPS);
        if (v >= min && v <= max) return (int) v;
        if (countedOnly()) return 1;
        boolean tooLarge = v == CsvNumbers.OUT_OF_RANGE || (v > max && v <= Integer.MAX_VALUE);
        String expected = tooLarge ? "expected an integer of at most " + max
                : min > 0 ? "expected a positive integer" : "expected an integer >= 0";
        String why = v == CsvNumbers.NOT_INTEGER ? " (not a whole number)" : tooLarge ? " (too large)" : "";
        report(column, expected + ", found " + found(f) + why);
        return 1;
    }

    private boolean boolCell(int column) {
        int f = cols.fieldOf[column];
        int v = CsvNumbers.parseBool(sc.buf(), sc.start(f), sc.end(f));
        if (v >= 0) return v == 1;
        if (countedOnly()) return false;
        report(column, "expected True or False, found " + found(f));
        return false;
    }

    private double latencyCell() {
        int f = cols.fieldOf[LATENCY];
        byte[] b = sc.buf();
        double v = CsvNumbers.parseDouble(b, sc.start(f), sc.end(f));
        if (Latencies.valid(v)) return v;
        if (countedOnly()) return Double.NaN;
        String why;
        if (Double.isNaN(v)) {
            why = CsvNumbers.isNanLiteral(b, sc.start(f), sc.end(f)) ? " (NaN)" : "";
        } else if (Double.isInfinite(v)) {
            why = " (infinite)";
        } else {
            why = v == 0 ? " (zero)" : v < 0 ? " (negative)" : " (above 10^7 ms)";
        }
        report(LATENCY, "expected a positive finite latency in ms" + (v > Latencies.MAX_MS ? " of at most 10^7" : "")
                + ", found " + found(f) + why);
        return Double.NaN;
    }

    /**
     * Marks the row bad; past the problem cap it only counts the problem and returns true, so the
     * caller skips formatting a message nobody will see.
     */
    private boolean countedOnly() {
        bad = true;
        if (problems.wantsDetail()) return false;
        problems.countOnly();
        return true;
    }

    private void report(int column, String message) {
        bad = true;
        int f = cols.fieldOf[column];
        problems.add(line, f + 1, cols.headerNames.get(f), message);
    }

    /** The raw cell for a message: quoted and shortened, or "an empty field". */
    private String found(int f) {
        String t = sc.text(f).strip();
        if (t.isEmpty()) return "an empty field";
        if (t.length() > 40) t = t.substring(0, 37) + "...";
        return "'" + t + "'";
    }
}
