package io.evolp.compress;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.evolp.io.Json;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Line and column of every value of a JSON text, by JSON pointer ({@code /gammas/conv1_1/3}).
 * Jackson's tree drops token locations, yet a γ vector found wrong while interpreting the tree must
 * still be reported where it is in the file; one streaming pass over the text recovers them.
 */
final class JsonPositions {

    private final Map<String, int[]> starts = new HashMap<>();

    private JsonPositions() {
    }

    /** Positions in {@code json}, which already parsed as a tree. */
    static JsonPositions of(String json) {
        JsonPositions pos = new JsonPositions();
        try (JsonParser p = Json.mapper().getFactory().createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                // A field name is located at its key, which is where a user looks for a layer.
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
                String pointer = p.getParsingContext().pathAsPointer().toString();
                JsonLocation l = p.currentTokenLocation();
                pos.starts.putIfAbsent(pointer, new int[]{l.getLineNr(), l.getColumnNr()});
            }
        } catch (IOException e) {
            // Not possible for text the tree parser accepted; positions are then unknown (1:1).
        }
        return pos;
    }

    /** {line, column} of the value at {@code pointer}, else of its nearest located ancestor. */
    int[] at(String pointer) {
        String p = pointer;
        while (true) {
            int[] l = starts.get(p);
            if (l != null) return l;
            if (p.isEmpty()) return new int[]{1, 1};
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    static String pointer(String... segments) {
        StringBuilder sb = new StringBuilder();
        for (String s : segments) sb.append('/').append(s.replace("~", "~0").replace("/", "~1"));
        return sb.toString();
    }
}
