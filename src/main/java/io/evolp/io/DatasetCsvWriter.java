package io.evolp.io;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes layer datasets (and sampling plans) in the EvoLP CSV layout so that
 * {@link DatasetCsvReader} reads back exactly the same values: integers as written, bias as
 * {@code True}/{@code False} like the authors' files, latency with {@link Double#toString} (the
 * shortest text that parses back to the same double), extra columns verbatim (quoted when needed).
 *
 * <p>The {@code groups} column is always written (older readers default it anyway). A {@code device}
 * column is written only when the dataset carries one as an extra column — which the reader adds when
 * the source file had one — and then holds {@link LayerDataset#device()} on every row, so a renamed
 * dataset writes its new name.
 */
public final class DatasetCsvWriter {

    private DatasetCsvWriter() {
    }

    /** Writes atomically: the target is replaced only once the whole file is written. */
    public static void write(LayerDataset ds, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            write(ds, w);
            w.flush();
        });
    }

    /** Writes to {@code out} (not closed; flushed only if the caller flushes). */
    public static void write(LayerDataset ds, Writer out) throws IOException {
        List<String> extras = ds.extraColumns();
        int deviceCol = -1;
        StringBuilder sb = new StringBuilder(256);
        sb.append(String.join(",", DatasetColumns.NAMES));
        for (int k = 0; k < extras.size(); k++) {
            if (deviceCol < 0 && extras.get(k).toLowerCase(Locale.ROOT).equals(DatasetColumns.DEVICE)) deviceCol = k;
            sb.append(',').append(quote(extras.get(k)));
        }
        out.write(sb.append('\n').toString());
        String device = quote(ds.device());
        for (int r = 0; r < ds.size(); r++) {
            sb.setLength(0);
            appendConfig(sb, ds.config(r));
            sb.append(',').append(ds.latency(r));
            for (int k = 0; k < extras.size(); k++) {
                sb.append(',').append(k == deviceCol ? device : quote(ds.extra(r, k)));
            }
            out.write(sb.append('\n').toString());
        }
    }

    /** A sampling plan: the dataset layout without the latency column. */
    public static void writePlan(List<LayerConfig> rows, Path file) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            StringBuilder sb = new StringBuilder(128);
            w.write(String.join(",", DatasetColumns.PLAN_NAMES));
            w.write('\n');
            for (LayerConfig c : rows) {
                sb.setLength(0);
                appendConfig(sb, c);
                w.write(sb.append('\n').toString());
            }
            w.flush();
        });
    }

    /** The canonical dataset columns in written order, {@code input_size} … {@code latency}. */
    public static List<String> columns() {
        return DatasetColumns.NAMES;
    }

    /**
     * The 11 layer cells of one row ({@code input_size} … {@code groups}) exactly as {@link #write}
     * writes them, for writers that append rows one at a time (measurement campaigns).
     */
    public static String configCells(LayerConfig c) {
        StringBuilder sb = new StringBuilder(64);
        appendConfig(sb, c);
        return sb.toString();
    }

    /** One cell quoted as {@link #write} quotes extra columns. */
    public static String cell(String text) {
        return quote(text);
    }

    private static void appendConfig(StringBuilder sb, LayerConfig c) {
        sb.append(c.inputSize()).append(',').append(c.cin()).append(',').append(c.cout()).append(',')
                .append(c.kh()).append(',').append(c.kw()).append(',').append(c.sh()).append(',')
                .append(c.sw()).append(',').append(c.ph()).append(',').append(c.pw()).append(',')
                .append(c.bias() ? "True" : "False").append(',').append(c.groups());
    }

    /**
     * RFC 4180 quoting when the text would otherwise change meaning: separators, quotes, line breaks,
     * and edge spaces (the reader strips those from numbers, so keep them explicit).
     */
    static String quote(String s) {
        boolean needs = !s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' '
                || s.charAt(0) == '\t' || s.charAt(s.length() - 1) == '\t');
        for (int i = 0; !needs && i < s.length(); i++) {
            char c = s.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
