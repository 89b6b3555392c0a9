package io.evolp.measure.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.io.AtomicFiles;
import io.evolp.io.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    private final JsonNode lastStart;
    private final Map<String, String> lastFacts;

    private RawSidecar(AppendOnlyFile file, int dropped, JsonNode lastStart, Map<String, String> lastFacts) {
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
        JsonNode lastStart = null;
        Map<String, String> lastFacts = Map.of();
        if (Files.exists(path)) {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n') + 1;
            boolean partial = end < text.length();
            List<String> keep = new ArrayList<>();
            for (String line : text.substring(0, end).split("\n")) {
                if (line.isBlank()) continue;
                JsonNode n = parse(line);
                if (n == null || (n.path("type").asText().equals("row") && n.path("row").asInt(-1) >= csvRows)) {
                    dropped++;
                    continue;
                }
                if (n.path("type").asText().equals("start")) lastStart = n;
                if (n.path("facts").isObject()) {
                    Map<String, String> f = new LinkedHashMap<>();
                    n.get("facts").properties().forEach(e -> f.put(e.getKey(), e.getValue().asText()));
                    lastFacts = f;
                }
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

    private static JsonNode parse(String line) {
        try {
            JsonNode n = Json.mapper().readTree(line);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Lines dropped on opening: unfinished rows of a killed run, or unreadable lines. */
    int dropped() {
        return dropped;
    }

    /** The {@code start} record of the previous run, or null. */
    JsonNode lastStart() {
        return lastStart;
    }

    /** Runtime facts of the last row kept from earlier runs (empty if none), so a resumed run can report them. */
    Map<String, String> lastFacts() {
        return lastFacts;
    }

    Path path() {
        return file.path();
    }

    void append(ObjectNode record) throws IOException {
        file.appendLine(Json.mapper().writeValueAsString(record));
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
