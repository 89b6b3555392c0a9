package io.evolp.measure.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.core.LayerConfig;
import io.evolp.io.Json;
import io.evolp.io.LayerJson;

import java.util.Locale;

/**
 * The JSON of the worker protocol (one object per line): layers, settings and results. Field names
 * follow the layer CSV and model JSON (input_size, cin, cout, …) so a request reads like the data.
 */
final class WorkerJson {

    private WorkerJson() {
    }

    static ObjectNode layer(LayerConfig c) {
        return LayerJson.flat(c);
    }

    /** @throws IllegalArgumentException naming the missing or impossible field */
    static LayerConfig layer(JsonNode n) {
        if (n == null || !n.isObject()) throw new IllegalArgumentException("'layer' must be an object");
        int size = integer(n, "input_size"), cin = integer(n, "cin"), cout = integer(n, "cout");
        int kh = integer(n, "kh"), kw = integer(n, "kw"), sh = integer(n, "sh"), sw = integer(n, "sw");
        int ph = integer(n, "ph"), pw = integer(n, "pw"), groups = integer(n, "groups");
        JsonNode bias = n.get("bias");
        if (bias == null || !bias.isBoolean()) throw new IllegalArgumentException("layer field 'bias' must be true or false");
        String problem = LayerConfig.problem(size, cin, cout, kh, kw, sh, sw, ph, pw, groups);
        if (problem != null) throw new IllegalArgumentException("impossible layer: " + problem);
        return new LayerConfig(size, cin, cout, kh, kw, sh, sw, ph, pw, bias.asBoolean(), groups);
    }

    static ObjectNode settings(LocalSettings s) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("threads", s.intraOpThreads()).put("opt", s.optLevel().name()).put("warmup", s.warmup())
                .put("repeats", s.repeats()).put("rounds", s.rounds()).put("module_repeats", s.moduleRepeats())
                .put("seed", s.seed());
        return n;
    }

    /** Missing fields take the defaults; present fields must be valid. */
    static LocalSettings settings(JsonNode n) {
        LocalSettings d = LocalSettings.defaults();
        if (n == null || n.isNull()) return d;
        if (!n.isObject()) throw new IllegalArgumentException("'settings' must be an object");
        String opt = n.has("opt") ? n.get("opt").asText().toUpperCase(Locale.ROOT) : d.optLevel().name();
        LocalSettings.OptLevel level;
        try {
            level = LocalSettings.OptLevel.valueOf(opt);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown optimisation level '" + opt + "'; use NONE, BASIC, EXTENDED or ALL");
        }
        return new LocalSettings(optInt(n, "threads", d.intraOpThreads()), level, optInt(n, "warmup", d.warmup()),
                optInt(n, "repeats", d.repeats()), optInt(n, "rounds", d.rounds()),
                optInt(n, "module_repeats", d.moduleRepeats()), n.has("seed") ? n.get("seed").asLong() : d.seed());
    }

    static JsonNode measurement(LocalMeasurement m) {
        return Json.mapper().valueToTree(m);
    }

    static LocalMeasurement measurement(JsonNode n) {
        try {
            return Json.mapper().treeToValue(n, LocalMeasurement.class);
        } catch (Exception e) {
            throw new IllegalArgumentException("malformed measurement from the worker: " + e.getMessage(), e);
        }
    }

    static RuntimeFacts facts(JsonNode n) {
        try {
            return Json.mapper().treeToValue(n, RuntimeFacts.class);
        } catch (Exception e) {
            throw new IllegalArgumentException("malformed runtime facts from the worker: " + e.getMessage(), e);
        }
    }

    private static int integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException("layer field '" + field + "' must be an integer");
        }
        return v.asInt();
    }

    private static int optInt(JsonNode n, String field, int fallback) {
        JsonNode v = n.get(field);
        if (v == null) return fallback;
        if (!v.isIntegralNumber() || !v.canConvertToInt()) throw new IllegalArgumentException("settings field '" + field + "' must be an integer");
        return v.asInt();
    }
}
