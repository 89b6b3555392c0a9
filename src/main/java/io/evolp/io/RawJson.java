package io.evolp.io;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON value embedded in a DTO as its text, for parts another reader interprets (a model inside
 * a session is read by {@link ModelJson}, with its own strict checks and messages).
 */
public record RawJson(String text) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static RawJson of(JsonNode node) {
        return new RawJson(node.toString());
    }

    @JsonValue
    @JsonRawValue
    @Override
    public String text() {
        return text;
    }
}
