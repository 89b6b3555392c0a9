package io.evolp.io;

import io.evolp.core.LayerConfig;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One pass over a layer-dataset (or plan) CSV: header, then every row, handing valid rows to a
 * {@link RowSink} and every problem to a {@link ProblemList}. Structural checks (encoding, quoting,
 * field count, repeated header, device consistency) live here; cell checks in {@link LayerRowParser}.
 */
final class DatasetCsvParser {

    /** Receives each valid row; {@code extras} follows {@link #extraColumns()} (null in plan mode). */
    interface RowSink {
        void row(LayerConfig config, double latencyMs, int line, String[] extras);
    }

    private static final int BUFFER = 1 << 20;

    private final CsvRecordScanner sc;
    private final ProblemList problems;
    private final boolean dataset;
    private DatasetColumns cols;
    private LayerRowParser rows;
    private int dataRecords;

    private String device;          // first non-empty device cell of a valid row
    private byte[] deviceBytes;
    private int deviceLine;
    private ExtraValues extras;

    DatasetCsvParser(InputStream in, ProblemList problems, boolean dataset) {
        this.sc = new CsvRecordScanner(in, BUFFER, problems.file());
        this.problems = problems;
        this.dataset = dataset;
    }

    /** Parses the whole input. */
    void parse(RowSink sink) throws IOException {
        if (!readHeader()) return;
        rows = new LayerRowParser(sc, cols, problems, dataset);
        extras = new ExtraValues(sc, cols.extraFields);
        while (sc.next()) {
            dataRecords++;
            row(sink);
        }
        if (dataRecords == 0) problems.add(0, 0, null, "no data rows: the file holds only a header");
    }

    /** Extra column names in the order of the {@code extras} arrays (empty before the header). */
    List<String> extraColumns() {
        return cols == null ? List.of() : cols.extraNames;
    }

    /** Device named by the file's device column, or null when it has none (or only empty cells). */
    String deviceFromColumn() {
        return device;
    }

    /** Whether the header was usable and the file held nothing but a header. */
    boolean headerOnly() {
        return cols != null && dataRecords == 0;
    }

    private boolean readHeader() throws IOException {
        if (sc.readBom() == CsvRecordScanner.Bom.UTF16) {
            problems.add(1, 0, null, "wrong encoding: expected UTF-8, found a UTF-16 byte-order mark"
                    + " (save the file as UTF-8)");
            return false;
        }
        if (!sc.next()) {
            problems.add(1, 0, null, "empty file: expected a header line " + String.join(",", expectedNames()));
            return false;
        }
        int line = sc.line();
        List<String> names = new ArrayList<>(sc.count());
        for (int f = 0; f < sc.count(); f++) {
            if (hasNul(f)) {
                problems.add(line, f + 1, null, "wrong encoding: expected UTF-8, found NUL bytes (UTF-16?)");
                return false;
            }
            int bad = sc.nonAscii() ? sc.firstInvalidUtf8(f) : -1;
            if (bad >= 0) {
                problems.add(line, f + 1, null, "wrong encoding: expected UTF-8, found byte "
                        + Utf8.hex(sc.buf(), bad));
            }
            names.add(sc.text(f).strip());
        }
        if (!names.isEmpty() && !Double.isNaN(CsvNumbers.parseDouble(sc.buf(), sc.start(0), sc.end(0)))) {
            problems.add(line, 1, null, "expected a header line (" + String.join(",", expectedNames())
                    + "), found data: the header is missing");
            return false;
        }
        List<int[]> duplicates = new ArrayList<>();
        List<Integer> empties = new ArrayList<>();
        cols = DatasetColumns.of(names, duplicates, empties);
        for (int[] d : duplicates) {
            problems.add(line, d[0] + 1, names.get(d[0]), "duplicate column name (first at column "
                    + (d[1] + 1) + "); this column is ignored");
        }
        for (int f : empties) {
            problems.add(line, f + 1, null, "empty column name; this column is ignored");
        }
        boolean complete = true;
        for (int c = 0; c < DatasetColumns.NAMES.size(); c++) {
            if (DatasetColumns.required(c, dataset) && !cols.has(c)) {
                String name = DatasetColumns.NAMES.get(c);
                problems.add(line, 0, name, "missing required column '" + name + "' in the header");
                complete = false;
            }
        }
        return complete;
    }

    private List<String> expectedNames() {
        return dataset ? DatasetColumns.NAMES : DatasetColumns.PLAN_NAMES;
    }

    private void row(RowSink sink) {
        int line = sc.line();
        int structure = sc.recordFlags();
        if ((structure & CsvRecordScanner.UNTERMINATED) != 0) {
            int f = sc.count() - 1;
            problems.add(line, f + 1, columnName(f), "expected a closing quote, found the end of the file"
                    + (sc.lastLine() > line ? " (lines " + line + "-" + sc.lastLine() + " could not be read)" : ""));
            return;
        }
        if (sc.count() != cols.fieldCount) {
            wrongFieldCount(line);
            return;
        }
        if (looksLikeHeader()) {
            problems.add(line, 0, null, "expected a data row, found a repeated header line");
            return;
        }
        if (sc.nonAscii() && !validUtf8(line)) return;
        if ((structure & CsvRecordScanner.JUNK_AFTER_QUOTE) != 0) {
            for (int f = 0; f < sc.count(); f++) {
                if ((sc.flags(f) & CsvRecordScanner.JUNK_AFTER_QUOTE) != 0) {
                    problems.add(line, f + 1, columnName(f), "expected ',' after the closing quote, found more text");
                }
            }
            return;
        }
        LayerConfig config = rows.parse();
        if (config == null) return;
        if (cols.deviceField >= 0) checkDevice(line);
        sink.row(config, dataset ? rows.latency() : Double.NaN, line, dataset ? extras.current() : null);
    }

    private void wrongFieldCount(int line) {
        int n = sc.count();
        if (looksLikeHeader()) {
            problems.add(line, 0, null, "expected a data row, found a header line (a second file appended?)");
            return;
        }
        if (!problems.wantsDetail()) {
            problems.countOnly();
            return;
        }
        int expected = cols.fieldCount;
        String hint = n == expected + 1 && sc.start(n - 1) == sc.end(n - 1) ? " (trailing comma?)" : "";
        int column = n > expected ? expected + 1 : n + 1;
        problems.add(line, column, n > expected ? null : columnName(column - 1),
                "expected " + expected + " fields, found " + n + hint);
    }

    /** A header line repeated mid-file (e.g. two CSVs concatenated): every field is a column name. */
    private boolean looksLikeHeader() {
        byte[] b = sc.buf();
        int s = sc.start(0);
        // A second file's UTF-8 BOM survives concatenation (cat a.csv b.csv) — look past it.
        if (s + 2 < sc.end(0) && (b[s] & 0xFF) == 0xEF && (b[s + 1] & 0xFF) == 0xBB && (b[s + 2] & 0xFF) == 0xBF) s += 3;
        while (s < sc.end(0) && b[s] == ' ') s++;
        if (s >= sc.end(0) || !Character.isLetter(b[s])) return false;   // cheap test first: data starts with a digit
        for (int f = 0; f < sc.count(); f++) {
            String name = sc.text(f).replace("\uFEFF", "").strip();
            String t = name.toLowerCase(Locale.ROOT);
            if (!DatasetColumns.NAMES.contains(t) && !t.equals(DatasetColumns.DEVICE)
                    && !cols.headerNames.contains(name)) {
                return false;
            }
        }
        return true;
    }

    private boolean validUtf8(int line) {
        boolean ok = true;
        for (int f = 0; f < sc.count(); f++) {
            int bad = sc.firstInvalidUtf8(f);
            if (bad >= 0) {
                problems.add(line, f + 1, columnName(f), "wrong encoding: expected UTF-8, found byte "
                        + Utf8.hex(sc.buf(), bad));
                ok = false;
            }
        }
        return ok;
    }

    private boolean hasNul(int f) {
        byte[] b = sc.buf();
        for (int i = sc.start(f); i < sc.end(f); i++) if (b[i] == 0) return true;
        return false;
    }

    /**
     * A file holds one device: the first non-empty device cell names it; a row naming another device
     * is reported but kept, because the measurement itself is valid and dropping it would lose data.
     */
    private void checkDevice(int line) {
        int f = cols.deviceField;
        if (sc.start(f) == sc.end(f)) return;
        if (device == null) {
            device = sc.text(f).strip();
            deviceBytes = java.util.Arrays.copyOfRange(sc.buf(), sc.start(f), sc.end(f));
            deviceLine = line;
            if (device.isEmpty()) device = null;
            return;
        }
        if (sc.bytesEqual(f, deviceBytes) || sc.text(f).strip().equals(device)) return;
        problems.add(line, f + 1, columnName(f), "expected device '" + device + "' (as on line " + deviceLine
                + "; a file holds one device), found '" + sc.text(f).strip() + "'; row kept");
    }

    private String columnName(int f) {
        return f >= 0 && f < cols.headerNames.size() ? cols.headerNames.get(f) : null;
    }
}
