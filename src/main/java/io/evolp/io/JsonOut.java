package io.evolp.io;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Machine-readable output (the command line's {@code --json}): records, lists and maps written as
 * one JSON object per line, without the caller knowing the JSON library. Map entries with a null
 * value are written as {@code null} (JSON has no NaN: an undefined metric is null).
 */
public final class JsonOut {

    private JsonOut() {
    }

    /** {@code value} as compact JSON on one line. */
    public static String line(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** {@code value} as indented JSON. */
    public static String pretty(Object value) {
        return JsonFiles.pretty(value);
    }

    /**
     * The JSON fields of a record or bean, in order, for merging into a larger output object
     * (e.g. a measurement record's fields after a model's name).
     */
    public static java.util.Map<String, Object> fields(Object value) {
        return Json.mapper().convertValue(value, new com.fasterxml.jackson.core.type.TypeReference<
                java.util.LinkedHashMap<String, Object>>() { });
    }

    /** A finite number, or null (written as JSON null) for NaN and infinities. */
    public static Double number(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
