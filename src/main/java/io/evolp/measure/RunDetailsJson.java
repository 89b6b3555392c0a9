package io.evolp.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.io.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link RunDetails} as a JSON object ({@code min_ms, q1_ms, q3_ms, max_ms, round_medians_ms, facts}),
 * for files that keep measurements (compression sessions), so runtime facts survive a save.
 */
public final class RunDetailsJson {

    private RunDetailsJson() {
    }

    public static ObjectNode write(RunDetails d) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("min_ms", d.minMs()).put("q1_ms", d.q1Ms()).put("q3_ms", d.q3Ms()).put("max_ms", d.maxMs());
        d.roundMediansMs().forEach(n.putArray("round_medians_ms")::add);
        ObjectNode f = n.putObject("facts");
        d.facts().forEach(f::put);
        return n;
    }

    /** Null for a missing or null node. @throws IllegalArgumentException for a malformed object */
    public static RunDetails read(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return null;
        if (!n.isObject()) throw new IllegalArgumentException("measurement details must be an object");
        List<Double> rounds = new ArrayList<>();
        n.path("round_medians_ms").forEach(v -> rounds.add(v.asDouble()));
        Map<String, String> facts = new LinkedHashMap<>();
        n.path("facts").properties().forEach(e -> facts.put(e.getKey(), e.getValue().asText()));
        return new RunDetails(number(n, "min_ms"), number(n, "q1_ms"), number(n, "q3_ms"), number(n, "max_ms"), rounds, facts);
    }

    private static double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) throw new IllegalArgumentException("measurement details need a number '" + field + "'");
        return v.doubleValue();
    }
}
