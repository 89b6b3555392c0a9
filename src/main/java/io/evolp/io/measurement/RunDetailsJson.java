package io.evolp.io.measurement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.io.Json;

import java.util.List;

/**
 * {@link RunDetailsRecord} inside a larger JSON tree (a session's {@code measurement_details}):
 * the four numbers are required and must be numbers; the rest is bound as written.
 */
public final class RunDetailsJson {

    private static final List<String> NUMBERS = List.of("min_ms", "q1_ms", "q3_ms", "max_ms");

    private RunDetailsJson() {
    }

    public static ObjectNode write(RunDetailsRecord d) {
        return Json.mapper().valueToTree(d);
    }

    /** Null for a missing or null node. @throws IllegalArgumentException for a malformed object */
    public static RunDetailsRecord read(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return null;
        if (!n.isObject()) throw new IllegalArgumentException("measurement details must be an object");
        for (String field : NUMBERS) {
            JsonNode v = n.get(field);
            if (v == null || !v.isNumber()) throw new IllegalArgumentException("measurement details need a number '" + field + "'");
        }
        try {
            return Json.mapper().treeToValue(n, RunDetailsRecord.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("measurement details: " + io.evolp.io.JsonErrors.strip(e.getOriginalMessage()), e);
        }
    }
}
