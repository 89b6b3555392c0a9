package io.evolp.io.agent;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Strict JSON request bodies: one value and nothing after it, no duplicate names, shallow nesting,
 * short strings; a refusal says line and column in plain words, never a parser's internals.
 */
final class StrictBody {

    /** Also binds the checked tree: {@code "k": 3} becomes {@code [3]} (one value for both axes). */
    static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();

    static {
        STRICT.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(16).maxNumberLength(40).maxStringLength(4096).maxNameLength(256).build());
    }

    private StrictBody() {
    }

    /** The body as a JSON tree; 400 for anything that is not one well-formed JSON value. */
    static JsonNode tree(byte[] bytes) {
        if (bytes.length == 0) throw new WireProblem(400, "empty body: expected a JSON object", null);
        try {
            JsonNode n = STRICT.readTree(bytes);
            if (n == null || n.isMissingNode()) throw new WireProblem(400, "empty body: expected a JSON object", null);
            return n;
        } catch (JacksonException e) {
            throw new WireProblem(400, "not valid JSON" + where(e.getLocation()) + ": " + plain(e), null);
        } catch (IOException e) {
            throw new WireProblem(400, "not valid JSON", null);
        }
    }

    private static String where(JsonLocation at) {
        if (at == null || at.getLineNr() < 0) return "";
        return " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** The parser's complaint without its source excerpts, feature names and markers. */
    private static String plain(JacksonException e) {
        if (e instanceof JsonEOFException) return "the body ends before the JSON is complete (truncated?)";
        String m = e.getOriginalMessage() == null ? "malformed" : e.getOriginalMessage();
        int cut = m.length();
        for (String marker : new String[]{"\n", " (start marker", " at [Source", "[Source", " (for ", "; nesting"}) {
            int i = m.indexOf(marker);
            if (i > 0) cut = Math.min(cut, i);
        }
        m = m.substring(0, cut);
        if (m.contains("Duplicate field")) return Words.escape(m).replace("Duplicate field", "duplicate field");
        if (m.contains("Trailing token")) return "more after the JSON value";
        if (m.contains("nesting depth")) return "nested too deeply (at most 16 levels)";
        if (m.contains("length") && m.contains("exceeds")) return "a string, name or number is too long";
        return Words.escape(m);
    }
}
