package io.evolp.io.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.evolp.core.InputProblem;
import io.evolp.io.Json;
import io.evolp.io.JsonErrors;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Binds one value of a project file to its record, strictly: unknown fields, missing required
 * fields, nulls for numbers and "12" for 12 are refused. The value is cut out of the file text and
 * bound on its own (so a bad entry leaves the surrounding parser intact), and the error's position
 * inside the value is shifted back to the file's line and column.
 */
final class StrictBinder {

    private static final ObjectMapper STRICT = ((JsonMapper) Json.mapper()).rebuild()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private final String text;
    private final String name;

    StrictBinder(String text, String name) {
        this.text = text;
        this.name = name;
    }

    <T> Optional<T> bind(JsonParser p, Class<T> type, String path, List<InputProblem> problems) throws IOException {
        return bind(p, STRICT.constructType(type), path, problems);
    }

    <T> Optional<T> bind(JsonParser p, TypeReference<T> type, String path, List<InputProblem> problems) throws IOException {
        return bind(p, STRICT.constructType(type), path, problems);
    }

    /**
     * Binds the value at the parser's current token and leaves the parser on its last token.
     * A syntax error (a cut-off file) is not caught: it ends the whole read.
     */
    private <T> Optional<T> bind(JsonParser p, JavaType type, String path, List<InputProblem> problems) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        int from = (int) start.getCharOffset();
        p.skipChildren();
        int to = (int) p.currentLocation().getCharOffset();
        try {
            return Optional.of(STRICT.readerFor(type).readValue(text.substring(from, to)));
        } catch (JsonProcessingException e) {
            JsonLocation inner = e.getLocation();
            int line = start.getLineNr(), column = start.getColumnNr();
            if (inner != null && inner.getLineNr() > 0) {
                column = inner.getLineNr() == 1 ? column + inner.getColumnNr() - 1 : inner.getColumnNr();
                line += inner.getLineNr() - 1;
            }
            String field = path + fieldPath(e);
            problems.add(new InputProblem(name, line, column, field, field + " could not be read: " + clean(e)));
            return Optional.empty();
        }
    }

    private static String fieldPath(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException m)) return "";
        return m.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + (r.getIndex() + 1) + "]")
                .collect(Collectors.joining());
    }

    /** Jackson's message in the user's terms. */
    static String clean(JsonProcessingException e) {
        String msg = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
        int cut = msg.indexOf(" (but could");
        if (cut > 0) msg = msg.substring(0, cut);
        msg = msg.replaceAll("`?io\\.evolp\\.io\\.project\\.(ProjectFile\\$|)(\\w+)`?", "$2")
                .replace("Missing required creator property", "missing required field");
        return JsonErrors.strip(msg);
    }

    static InputProblem problem(String file, JsonLocation loc, String field, String message) {
        int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
        int column = loc == null ? 0 : Math.max(0, loc.getColumnNr());
        return new InputProblem(file, line, column, field, message);
    }
}
