package io.evolp.io.project;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.io.IOException;

/**
 * A JSON value of another format embedded in a project (a predictor, a session, a model), kept as
 * its compact text: that format's own reader decodes it, so the project file knows nothing of
 * predictor kinds and the domain packages stay free of Jackson types.
 */
@JsonSerialize(using = RawJson.Writer.class)
@JsonDeserialize(using = RawJson.Reader.class)
public record RawJson(String text) {

    public RawJson {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("embedded JSON must not be empty");
    }

    static final class Writer extends JsonSerializer<RawJson> {
        @Override
        public void serialize(RawJson value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeRawValue(value.text());
        }
    }

    static final class Reader extends JsonDeserializer<RawJson> {
        @Override
        public RawJson deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (RawJson) ctxt.reportInputMismatch(RawJson.class, "expected a JSON object");
            }
            JsonNode node = ctxt.readTree(p); // not p.readValueAsTree(): that checks for trailing tokens
            return new RawJson(node.toString());
        }
    }
}
