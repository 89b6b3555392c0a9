package io.evolp.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.ModelSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Model files (DESIGN §3): one JSON object per file, or JSON lines (one model per non-blank line),
 * in either form — {@code {"arch":"vgg16","widths":[…]}} or {@code {"name":…,"convs":[…]}} — with
 * optional {@code latency_ms} and {@code gammas}. Every problem is an {@link InvalidInputException}
 * naming file, line and column.
 */
public final class ModelJson {

    /** A JSON-lines file reports at most this many broken lines; past that the file is likely not JSONL at all. */
    static final int MAX_PROBLEMS = 100;

    private ModelJson() {
    }

    /** All models of a file: JSON lines when the extension is .jsonl/.ndjson or the content looks like it. */
    public static List<ModelSpec> read(Path file) throws IOException {
        String name = file.toString();
        String text = InputFiles.readText(file, InputLimits.maxJsonBytes(), "model file");
        if (text.isBlank()) {
            throw new InvalidInputException(new InputProblem(name, 0, 0, null, "empty file: expected a model as JSON"));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean lines = lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || looksLikeJsonLines(text);
        return lines ? readLines(text, name) : List.of(parse(text, name, 1));
    }

    /** The single model of a file; a file with several models is an error. */
    public static ModelSpec readOne(Path file) throws IOException {
        List<ModelSpec> models = read(file);
        if (models.size() != 1) {
            throw new InvalidInputException(new InputProblem(file.toString(), 0, 0, null,
                    "expected exactly one model, found " + models.size()));
        }
        return models.get(0);
    }

    /**
     * One model from JSON text.
     *
     * @param fileName for messages (may be null)
     * @param lineNo   file line of the text's first line (1 for a whole file), so JSONL problems point into the file
     */
    public static ModelSpec parse(String json, String fileName, int lineNo) {
        return new ModelJsonReader(fileName, lineNo).read(json);
    }

    /** One line of JSON, no trailing newline — a JSON-lines record. */
    public static String toJson(ModelSpec model) {
        try {
            return Json.mapper().writeValueAsString(ModelJsonWriter.tree(model));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of plain nodes always serialises
        }
    }

    /** Pretty-printed single-model file, written atomically. */
    public static void write(ModelSpec model, Path file) throws IOException {
        String text = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(ModelJsonWriter.tree(model));
        AtomicFiles.writeString(file, text + "\n");
    }

    /** JSON-lines file, one model per line, written atomically. */
    public static void writeLines(List<ModelSpec> models, Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (ModelSpec m : models) sb.append(toJson(m)).append('\n');
        AtomicFiles.writeString(file, sb.toString());
    }

    private static List<ModelSpec> readLines(String text, String name) {
        List<ModelSpec> models = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length && problems.size() < MAX_PROBLEMS; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) continue;
            try {
                models.add(parse(line, name, i + 1));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return models;
    }

    /**
     * Content sniffing for JSON lines without the extension: the first non-blank line is a complete
     * JSON object on its own and more non-blank lines follow. A pretty-printed single object never
     * passes (its first line is just "{"), so that case keeps precise single-file error messages.
     */
    static boolean looksLikeJsonLines(String text) {
        String[] lines = text.split("\n");
        int first = -1;
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                if (first >= 0) return completeObject(lines[first]);
                first = i;
            }
        }
        return false;
    }

    private static boolean completeObject(String line) {
        String t = line.trim();
        if (!t.startsWith("{")) return false;
        try {
            return Json.mapper().readTree(t).isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
