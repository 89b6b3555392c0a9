package io.evolp.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON text starts, by JSON pointer ("/convs/2/cin"), for every reader of
 * JSON input (models, predictors, importance files).
 *
 * <p>Why: Jackson's tree model drops token locations, but a problem found while interpreting the
 * tree (a negative width, a missing field) must still name its line and column. A second, streaming
 * pass over the already-validated text records them cheaply.
 */
public final class JsonPositions {

    private final Map<String, long[]> starts = new HashMap<>();
    private final Map<String, long[]> names = new HashMap<>();

    private JsonPositions() {
    }

    /** Scans {@code json}, which must already have parsed successfully as a tree. */
    public static JsonPositions of(String json) {
        JsonPositions loc = new JsonPositions();
        try (JsonParser p = Json.mapper().getFactory().createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME) {
                    // Where a field's name starts: an unknown field is reported at its name.
                    JsonLocation l = p.currentTokenLocation();
                    loc.names.putIfAbsent(p.getParsingContext().pathAsPointer().toString(),
                            new long[]{l.getLineNr(), l.getColumnNr()});
                    continue;
                }
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) continue;
                // For START_OBJECT/START_ARRAY the fresh child context has no segment yet, so the
                // pointer is that of the container itself — exactly what we want.
                String pointer = p.getParsingContext().pathAsPointer().toString();
                JsonLocation l = p.currentTokenLocation();
                loc.starts.putIfAbsent(pointer, new long[]{l.getLineNr(), l.getColumnNr()});
            }
        } catch (IOException e) {
            // Cannot happen for text the tree parser accepted; locations are then simply unknown.
        }
        return loc;
    }

    /** {line, column} (1-based, relative to the scanned text) of the value at {@code pointer}, or of its nearest ancestor. */
    public long[] at(String pointer) {
        String p = pointer;
        while (true) {
            long[] l = starts.get(p);
            if (l != null) return l;
            if (p.isEmpty()) return new long[]{1, 1};
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** {line, column} of the name of the field at {@code pointer}, else of its value. */
    public long[] nameAt(String pointer) {
        long[] l = names.get(pointer);
        return l != null ? l : at(pointer);
    }

    /** One pointer segment escaped as RFC 6901 requires. */
    public static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    /** "/convs/2/cin" → "convs[2].cin", so the user sees the field as they would write it; "" → null. */
    public static String readable(String pointer) {
        if (pointer == null || pointer.isEmpty()) return null;
        StringBuilder sb = new StringBuilder();
        for (String seg : pointer.substring(1).split("/", -1)) {
            if (!seg.isEmpty() && seg.length() < 10 && seg.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(seg).append(']');
            } else {
                sb.append(sb.length() > 0 ? "." : "").append(seg.replace("~1", "/").replace("~0", "~"));
            }
        }
        return sb.toString();
    }

    /** JSON pointer of the given path segments, escaped as RFC 6901 requires. */
    public static String pointer(String... segments) {
        StringBuilder sb = new StringBuilder();
        for (String s : segments) sb.append('/').append(s.replace("~", "~0").replace("/", "~1"));
        return sb.toString();
    }
}
