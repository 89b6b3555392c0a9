package io.evolp.io;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON object of another format embedded in a DTO, kept as its compact text, for parts another
 * reader interprets with its own strict checks and messages (a model inside a session is read by
 * {@link ModelJson}; a predictor, session or model inside a project by its own format). The outer
 * format thus knows nothing of the inner one and domain packages see no Jackson types. Written as
 * the JSON value itself (not as a string), also when the DTO is turned into a tree.
 */
public record RawJson(String text) {

    public RawJson {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("embedded JSON must not be empty");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static RawJson of(JsonNode node) {
        if (node == null || !node.isObject()) throw new IllegalArgumentException("expected a JSON object");
        return new RawJson(node.toString());
    }

    @JsonValue
    JsonNode tree() {
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("embedded JSON is not valid: " + JsonErrors.describe(e), e);
        }
    }
}
