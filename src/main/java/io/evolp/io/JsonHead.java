package io.evolp.io;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The top-level fields of a JSON file's first object — enough to tell a project, a predictor, a
 * session and a model file apart before reading one of them strictly.
 */
public final class JsonHead {

    private final JsonNode node;

    private JsonHead(JsonNode node) {
        this.node = node;
    }

    /** The whole text as one JSON object, else its first non-blank line (JSON lines); null when neither is an object. */
    public static JsonHead of(String text) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        try {
            JsonNode n = Json.mapper().readTree(text);
            if (n != null && n.isObject()) return new JsonHead(n);
        } catch (IOException e) {
            // not a single JSON value: try the first line
        }
        for (String line : text.split("\n")) {
            if (line.isBlank()) continue;
            try {
                JsonNode n = Json.mapper().readTree(line);
                return n != null && n.isObject() ? new JsonHead(n) : null;
            } catch (IOException e) {
                return null;
            }
        }
        return null;
    }

    public boolean has(String field) {
        return node.has(field);
    }

    /** The field's value as text ("" when absent). */
    public String text(String field) {
        return node.path(field).asText();
    }

    public Set<String> fields() {
        Set<String> out = new TreeSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
