package io.evolp.predict;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import io.evolp.io.Json;

import java.io.IOException;

/**
 * Finds where in a JSON text the value at a JSON pointer starts. Trees carry no source positions,
 * so a semantic problem found in the tree (a missing field, an unknown kind) is located by
 * re-scanning the text with the streaming parser, whose context knows its path.
 */
final class JsonLocator {

    private JsonLocator() {
    }

    /** @return the start of the value at {@code target}, or null when the text has no such value */
    static JsonLocation locate(String text, JsonPointer target) {
        try (JsonParser p = Json.mapper().getFactory().createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
                if (p.getParsingContext().pathAsPointer().equals(target)) return p.currentTokenLocation();
            }
        } catch (IOException e) {
            return null; // the text parsed once already; a failure here only loses the position
        }
        return null;
    }
}
