package io.evolp.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Reading and writing a format's DTO by data binding, strictly: the text is parsed, checked against
 * the format's {@link JsonShape} (unknown fields, types, ranges), bound to the DTO record and handed
 * to the domain's mapper. Every failure on the way — malformed JSON, a shape violation, a
 * {@link FieldProblem} raised by the mapper — becomes an {@link InvalidInputException} naming the
 * file, line, column and field.
 */
public final class JsonFiles {

    private JsonFiles() {
    }

    /** Reads {@code file} (bounded, UTF-8, BOM dropped) as {@code type} and maps it. */
    public static <T, R> R read(Path file, Class<T> type, JsonShape shape, String what,
                                Function<? super T, ? extends R> mapper) throws IOException {
        return parse(InputFiles.readJson(file), file.toString(), type, shape, what, mapper);
    }

    /** As {@link #read} for text already in memory (e.g. an entry of a project file). */
    public static <T, R> R parse(String text, String name, Class<T> type, JsonShape shape, String what,
                                 Function<? super T, ? extends R> mapper) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new InvalidInputException(new InputProblem(name, loc == null ? 0 : Math.max(loc.getLineNr(), 0),
                    loc == null ? 0 : Math.max(loc.getColumnNr(), 0), null, "invalid JSON: " + e.getOriginalMessage()));
        }
        if (node == null || node.isMissingNode()) {
            throw new InvalidInputException(new InputProblem(name, 1, 1, null, "expected a JSON object: the " + what
                    + " file is empty"));
        }
        if (!node.isObject()) {
            throw new InvalidInputException(new InputProblem(name, 1, 1, null, "expected a JSON object, found "
                    + (node.isArray() ? "an array" : "a " + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT))));
        }
        if (shape != null) shape.check(node, name, text, 1);
        T dto;
        try {
            dto = Json.mapper().treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw located(name, text, new FieldProblem(pointerOf(e), JsonErrors.strip(e.getOriginalMessage())));
        }
        try {
            return mapper.apply(dto);
        } catch (FieldProblem p) {
            throw located(name, text, p);
        }
    }

    /** A mapper's problem in a tree without text (embedded objects): field but no line. */
    public static InvalidInputException unlocated(String name, FieldProblem p) {
        return new InvalidInputException(new InputProblem(name, 0, 0, field(p), p.getMessage()));
    }

    /** Binds an already parsed value (an embedded object) to {@code type}, problems as {@link FieldProblem}s. */
    public static <T> T bind(Object tree, Class<T> type) {
        try {
            return Json.mapper().convertValue(tree, type);
        } catch (IllegalArgumentException e) {
            throw new FieldProblem("", JsonErrors.strip(String.valueOf(e.getMessage())));
        }
    }

    /** Writes {@code dto} atomically, pretty-printed (the form users diff and read). */
    public static void write(Path file, Object dto) throws IOException {
        AtomicFiles.write(file, out -> Json.mapper().writerWithDefaultPrettyPrinter().writeValue(out, dto));
    }

    /** {@code dto} as pretty-printed JSON text. */
    public static String pretty(Object dto) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(dto);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + dto.getClass().getSimpleName(), e);
        }
    }

    private static InvalidInputException located(String name, String text, FieldProblem p) {
        long[] lc = JsonPositions.of(text).at(p.pointer());
        return new InvalidInputException(new InputProblem(name, (int) Math.max(lc[0], 0), (int) Math.max(lc[1], 0),
                field(p), p.getMessage()));
    }

    private static String field(FieldProblem p) {
        return p.pointer().isEmpty() ? null : p.pointer();
    }

    private static String pointerOf(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m)) return "";
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            sb.append('/').append(r.getFieldName() != null ? JsonPositions.escape(r.getFieldName()) : r.getIndex());
        }
        return sb.toString();
    }
}
