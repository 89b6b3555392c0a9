package io.evolp.io;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into CSV records without decoding it to characters: the dataset reader parses
 * numbers straight from the bytes, so a million-row file costs no String per field.
 *
 * <p>RFC 4180 rules: quoted fields may hold commas, doubled quotes and line breaks; LF, CRLF and a
 * lone CR all end a line. Blank (whitespace-only) lines are skipped. Malformed quoting is not an
 * error here — it is flagged per field so the caller can report it with a line and a column.
 */
final class CsvRecordScanner {

    static final int QUOTED = 1;
    /** Quoted field containing doubled quotes ({@code ""}) that {@link #text} must undo. */
    static final int ESCAPED = 2;
    /** Opening quote never closed before the end of the file. */
    static final int UNTERMINATED = 4;
    /** Characters between a closing quote and the next separator, e.g. {@code "3"x}. */
    static final int JUNK_AFTER_QUOTE = 8;

    enum Bom { NONE, UTF8, UTF16 }

    private final InputStream in;
    private byte[] buf;
    private int pos;
    private int limit;
    private boolean eof;
    private int nextLine = 1;

    private int line;
    private int count;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private byte[] flags = new byte[32];
    private boolean nonAscii;
    private int recordFlags;

    private final String fileName;

    CsvRecordScanner(InputStream in, int bufferSize) {
        this(in, bufferSize, null);
    }

    /** @param fileName named in the refusal of an over-long record (may be null) */
    CsvRecordScanner(InputStream in, int bufferSize, String fileName) {
        this.fileName = fileName;
        this.in = in;
        this.buf = new byte[Math.max(bufferSize, 16)];
    }

    /** Looks at (and skips) a byte-order mark; call once before the first {@link #next}. */
    Bom readBom() throws IOException {
        while (limit < 3 && !eof) refill();
        if (limit >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            pos = 3;
            return Bom.UTF8;
        }
        if (limit >= 2 && (((buf[0] & 0xFF) == 0xFE && (buf[1] & 0xFF) == 0xFF)
                || ((buf[0] & 0xFF) == 0xFF && (buf[1] & 0xFF) == 0xFE))) {
            return Bom.UTF16;
        }
        return Bom.NONE;
    }

    /** Advances to the next non-blank record; false at the end of the input. */
    boolean next() throws IOException {
        while (true) {
            if (pos >= limit) {
                if (eof) return false;
                refill();
                continue;
            }
            if (!parseRecord()) {
                refill();
                continue;
            }
            if (count == 1 && flags[0] == 0 && isBlank(starts[0], ends[0])) continue;
            return true;
        }
    }

    /** 1-based physical line on which the current record starts. */
    int line() { return line; }
    int count() { return count; }
    byte[] buf() { return buf; }
    int start(int field) { return starts[field]; }
    int end(int field) { return ends[field]; }
    int flags(int field) { return flags[field]; }
    /** Whether the record holds any byte >= 0x80 (only then is UTF-8 validation needed). */
    boolean nonAscii() { return nonAscii; }
    /** OR of the flags of all fields of the record: one test tells whether any quoting needs a look. */
    int recordFlags() { return recordFlags; }
    /** Last physical line the current record occupies (differs from {@link #line} for quoted line breaks). */
    int lastLine() { return nextLine - 1; }

    /** The field as a String (UTF-8, doubled quotes undone). Only for the few fields kept as text. */
    String text(int field) {
        String s = new String(buf, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
        return (flags[field] & ESCAPED) != 0 ? s.replace("\"\"", "\"") : s;
    }

    /** Whether the raw bytes of {@code field} equal {@code bytes}. */
    boolean bytesEqual(int field, byte[] bytes) {
        return Arrays.equals(buf, starts[field], ends[field], bytes, 0, bytes.length);
    }

    /** Index of the first byte of the record's fields that is not valid UTF-8, or -1. */
    int firstInvalidUtf8(int field) {
        return Utf8.firstInvalid(buf, starts[field], ends[field]);
    }

    private boolean isBlank(int s, int e) {
        for (int i = s; i < e; i++) {
            if (buf[i] != ' ' && buf[i] != '\t') return false;
        }
        return true;
    }

    /**
     * Parses one record starting at {@code pos}. Returns false when the buffer ends before the record
     * does and more input may follow; the caller then refills and the record is parsed again from its
     * start (once per buffer, so the cost is negligible).
     */
    private boolean parseRecord() {
        final byte[] b = buf;
        final int lim = limit;
        int i = pos;
        int n = 0;
        int extraLines = 0;
        int or = 0;
        int allFlags = 0;
        while (true) {
            if (n == starts.length) growFields();
            int f = 0;
            int s;
            int e;
            if (i < lim && b[i] == '"') {
                f = QUOTED;
                s = ++i;
                while (true) {
                    if (i >= lim) {
                        if (!eof) return false;
                        f |= UNTERMINATED;
                        e = i;
                        // A final line break ends the last line rather than starting another one.
                        if (e > s && (b[e - 1] == '\n' || b[e - 1] == '\r')) extraLines--;
                        break;
                    }
                    byte c = b[i];
                    if (c == '"') {
                        if (i + 1 >= lim && !eof) return false;
                        if (i + 1 < lim && b[i + 1] == '"') {
                            f |= ESCAPED;
                            i += 2;
                            continue;
                        }
                        e = i++;
                        break;
                    }
                    if (c == '\r') {
                        if (i + 1 >= lim && !eof) return false;
                        if (i + 1 >= lim || b[i + 1] != '\n') extraLines++;
                    } else if (c == '\n') {
                        extraLines++;
                    }
                    or |= c;
                    i++;
                }
                while (i < lim && b[i] != ',' && b[i] != '\n' && b[i] != '\r') {
                    f |= JUNK_AFTER_QUOTE;
                    or |= b[i];
                    i++;
                }
                if (i >= lim && !eof) return false;
            } else {
                s = i;
                while (i < lim) {
                    byte c = b[i];
                    if (c == ',' || c == '\n' || c == '\r') break;
                    or |= c;
                    i++;
                }
                if (i >= lim && !eof) return false;
                e = i;
            }
            starts[n] = s;
            ends[n] = e;
            flags[n] = (byte) f;
            allFlags |= f;
            n++;
            if (i < lim && b[i] == ',') {
                i++;
                continue;
            }
            if (i < lim) {
                if (b[i] == '\r') {
                    i++;
                    if (i >= lim && !eof) return false;
                    if (i < lim && b[i] == '\n') i++;
                } else {
                    i++;
                }
            }
            break;
        }
        count = n;
        pos = i;
        line = nextLine;
        nextLine += 1 + extraLines;
        nonAscii = (or & 0x80) != 0;
        recordFlags = allFlags;
        return true;
    }

    /** Moves the unparsed tail to the front, grows the buffer if one record fills it, reads more. */
    private void refill() throws IOException {
        if (eof) return;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= InputLimits.MAX_CSV_RECORD_BYTES) {
                // One record fills 8 MB: a binary file or an endless device, never a CSV row.
                throw new InvalidInputException(new InputProblem(fileName, nextLine, 0, null, "line " + nextLine
                        + " is longer than " + InputLimits.describe(InputLimits.MAX_CSV_RECORD_BYTES)
                        + ": not a CSV file (a binary file or an endless device?)"));
            }
            buf = Arrays.copyOf(buf, Math.min(buf.length * 2, InputLimits.MAX_CSV_RECORD_BYTES));
        }
        int r = in.read(buf, limit, buf.length - limit);
        if (r < 0) eof = true;
        else limit += r;
    }

    private void growFields() {
        int m = starts.length * 2;
        starts = Arrays.copyOf(starts, m);
        ends = Arrays.copyOf(ends, m);
        flags = Arrays.copyOf(flags, m);
    }
}
