package io.evolp.io;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON value embedded in a DTO as its text, for parts another reader interprets (a model inside
 * a session is read by {@link ModelJson}, with its own strict checks and messages). Written as the
 * JSON value itself (not as a string), also when the DTO is turned into a tree.
 */
public record RawJson(String text) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static RawJson of(JsonNode node) {
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
