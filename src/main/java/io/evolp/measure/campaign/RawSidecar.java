package io.evolp.measure.campaign;

import io.evolp.io.AtomicFiles;
import io.evolp.io.measurement.RawSidecarRecords.Peek;
import io.evolp.io.wire.WireJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code <out>.raw.jsonl} sidecar: one JSON object per line — {@code start} when a run begins,
 * {@code row} per measured row (every field of the measurement, its quartiles and runtime facts),
 * {@code failed}, {@code device_lost} and {@code reconnected} events.
 *
 * <p>Each row is written here <em>before</em> its CSV line, so a kill in between leaves a sidecar
 * row whose CSV row index is past the end of the CSV; {@link #open} drops such orphans (the row is
 * measured again) together with a partial last line, and the CSV stays the single authority on
 * which rows are done.
 */
final class RawSidecar implements AutoCloseable {

    private final AppendOnlyFile file;
    private final int dropped;
    private final Peek lastStart;
    private final Map<String, String> lastFacts;

    private RawSidecar(AppendOnlyFile file, int dropped, Peek lastStart, Map<String, String> lastFacts) {
        this.file = file;
        this.dropped = dropped;
        this.lastStart = lastStart;
        this.lastFacts = lastFacts;
    }

    /** The sidecar path of a dataset: {@code D.csv → D.csv.raw.jsonl}. */
    static Path pathFor(Path csv) {
        return csv.resolveSibling(csv.getFileName() + ".raw.jsonl");
    }

    /**
     * Opens the sidecar, first rewriting it (atomically) without a partial last line, unreadable
     * lines and rows at CSV index ≥ {@code csvRows}.
     */
    static RawSidecar open(Path path, int csvRows, boolean force) throws IOException {
        int dropped = 0;
        Peek lastStart = null;
        Map<String, String> lastFacts = Map.of();
        if (Files.exists(path)) {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n') + 1;
            boolean partial = end < text.length();
            List<String> keep = new ArrayList<>();
            for (String line : text.substring(0, end).split("\n")) {
                if (line.isBlank()) continue;
                Peek n = Peek.of(line);
                if (n == null || (n.isRow() && n.rowIndex() >= csvRows)) {
                    dropped++;
                    continue;
                }
                if (n.isStart()) lastStart = n;
                if (n.factsAsText() != null) lastFacts = n.factsAsText();
                keep.add(line);
            }
            if (dropped > 0 || partial) {
                StringBuilder sb = new StringBuilder();
                keep.forEach(l -> sb.append(l).append('\n'));
                AtomicFiles.writeString(path, sb.toString());
            }
        }
        return new RawSidecar(AppendOnlyFile.open(path, force), dropped, lastStart, lastFacts);
    }

    /** Lines dropped on opening: unfinished rows of a killed run, or unreadable lines. */
    int dropped() {
        return dropped;
    }

    /** The {@code start} record of the previous run, or null. */
    Peek lastStart() {
        return lastStart;
    }

    /** Runtime facts of the last row kept from earlier runs (empty if none), so a resumed run can report them. */
    Map<String, String> lastFacts() {
        return lastFacts;
    }

    Path path() {
        return file.path();
    }

    /** @param record a record of {@link io.evolp.io.measurement.RawSidecarRecords} */
    void append(Object record) throws IOException {
        file.appendLine(WireJson.write(record));
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
