package io.evolp.io.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads {@code POST /v1/measure} bodies into {@link AgentWire.MeasureRequest}. Strict because the
 * agent is reachable from the network: unknown fields are refused (a typo such as {@code "repeat"}
 * would otherwise silently measure with the default), nulls too, every number has a range, and each
 * problem names its field. The checks run on the tree, then the checked tree is bound to the DTO;
 * what needs the domain (groups dividing the channels, the module's memory) is the mapper's.
 */
public final class MeasureRequestReader {

    /** Bounds that keep one request from exhausting a small board's memory (a Jetson Nano has 4 GB). */
    public static final int MAX_INPUT_SIZE = 4096, MAX_CHANNELS = 16384, MAX_KERNEL = 64, MAX_STRIDE = 64, MAX_PADDING = 64;

    private static final Set<String> TOP = Set.of("layer", "model_sha256", "settings", "async");
    private static final Set<String> LAYER = Set.of("input_size", "cin", "cout", "k", "s", "p", "groups", "bias");
    private static final Set<String> SETTINGS = Set.of("warmup", "repeats", "rounds", "module_repeats", "threads", "opt_level", "seed");
    private static final Set<String> OPT_LEVELS = Set.of("NONE", "BASIC", "EXTENDED", "ALL");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private MeasureRequestReader() {
    }

    /** @throws WireProblem 400 naming the first bad field (or line and column of malformed JSON) */
    public static AgentWire.MeasureRequest read(byte[] body) {
        JsonNode n = StrictBody.tree(body);
        check(n);
        try {
            AgentWire.MeasureRequest r = StrictBody.STRICT.treeToValue(n, AgentWire.MeasureRequest.class);
            AgentWire.Settings s = r.settings();
            if (s != null && s.optLevel() != null) {
                s = new AgentWire.Settings(s.warmup(), s.repeats(), s.rounds(), s.moduleRepeats(), s.threads(),
                        s.optLevel().toUpperCase(Locale.ROOT), s.seed());
            }
            return new AgentWire.MeasureRequest(r.layer(), r.modelSha256(), s, r.async());
        } catch (JsonProcessingException e) {
            throw new WireProblem(400, "malformed request: " + Words.escape(io.evolp.io.JsonErrors.strip(e.getOriginalMessage())), null);
        }
    }

    private static void check(JsonNode body) {
        if (!body.isObject()) throw new WireProblem(400, "expected a JSON object, was " + kind(body), null);
        unknownFields(body, TOP, "");
        if (body.has("layer") == body.has("model_sha256")) {
            throw WireProblem.badField("layer", "give exactly one of 'layer' and 'model_sha256'");
        }
        settings(body.get("settings"));
        JsonNode async = body.get("async");
        if (async != null && !async.isBoolean()) throw WireProblem.badField("async", "must be true or false");
        if (body.has("model_sha256")) {
            JsonNode sha = body.get("model_sha256");
            if (!sha.isTextual() || !SHA256.matcher(sha.asText()).matches()) {
                throw WireProblem.badField("model_sha256", "must be 64 lower-case hex digits");
            }
            return;
        }
        layer(body.get("layer"));
    }

    private static void layer(JsonNode n) {
        if (!n.isObject()) throw WireProblem.badField("layer", "must be an object, was " + kind(n));
        unknownFields(n, LAYER, "layer.");
        required(n, "input_size", 1, MAX_INPUT_SIZE);
        required(n, "cin", 1, MAX_CHANNELS);
        required(n, "cout", 1, MAX_CHANNELS);
        pair(n, "k", 1, MAX_KERNEL, true);
        pair(n, "s", 1, MAX_STRIDE, false);
        pair(n, "p", 0, MAX_PADDING, false);
        if (n.has("groups")) required(n, "groups", 1, MAX_CHANNELS);
        JsonNode bias = n.get("bias");
        if (bias != null && !bias.isBoolean()) throw WireProblem.badField("layer.bias", "must be true or false");
    }

    private static void settings(JsonNode n) {
        if (n == null) return;
        if (!n.isObject()) throw WireProblem.badField("settings", "must be an object, was " + kind(n));
        unknownFields(n, SETTINGS, "settings.");
        JsonNode opt = n.get("opt_level");
        if (opt != null) {
            if (!opt.isTextual()) throw WireProblem.badField("settings.opt_level", "must be a string: NONE, BASIC, EXTENDED or ALL");
            if (!OPT_LEVELS.contains(opt.asText().toUpperCase(Locale.ROOT))) {
                throw WireProblem.badField("settings.opt_level", "must be NONE, BASIC, EXTENDED or ALL");
            }
        }
        JsonNode seed = n.get("seed");
        if (seed != null && !(seed.isIntegralNumber() && seed.canConvertToLong())) throw WireProblem.badField("settings.seed", "must be an integer");
        optional(n, "threads", 1, 256);
        optional(n, "warmup", 0, 10_000);
        optional(n, "repeats", 1, 100_000);
        optional(n, "rounds", 1, 1000);
        optional(n, "module_repeats", 1, 1000);
    }

    private static void pair(JsonNode n, String field, int min, int max, boolean required) {
        JsonNode v = n.get(field);
        String path = "layer." + field;
        if (v == null) {
            if (required) throw WireProblem.badField(path, "is required");
            return;
        }
        if (v.isArray()) {
            if (v.size() != 2) throw WireProblem.badField(path, "must be an integer or two integers [h, w]");
            bounded(v.get(0), path, min, max);
            bounded(v.get(1), path, min, max);
            return;
        }
        bounded(v, path, min, max);
    }

    private static void required(JsonNode n, String field, int min, int max) {
        JsonNode v = n.get(field);
        if (v == null) throw WireProblem.badField("layer." + field, "is required");
        bounded(v, "layer." + field, min, max);
    }

    private static void optional(JsonNode n, String field, int min, int max) {
        JsonNode v = n.get(field);
        if (v != null) bounded(v, "settings." + field, min, max);
    }

    private static void bounded(JsonNode v, String path, int min, int max) {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) throw WireProblem.badField(path, "must be an integer, was " + kind(v));
        int x = v.asInt();
        if (x < min || x > max) throw WireProblem.badField(path, "must be " + min + "–" + max + ", was " + x);
    }

    /** What a client sent instead, in JSON's words: "a string", "2.5", "an array". */
    private static String kind(JsonNode v) {
        if (v.isNumber()) return Words.escape(v.asText());
        if (v.isTextual()) return "a string";
        if (v.isBoolean()) return v.asText();
        if (v.isArray()) return "an array";
        if (v.isObject()) return "an object";
        return v.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** Refuses names outside {@code known} (with the closest known one) and nulls (a null is no default). */
    private static void unknownFields(JsonNode n, Set<String> known, String prefix) {
        for (var f : n.properties()) {
            String name = f.getKey();
            if (!known.contains(name)) {
                throw WireProblem.badField(prefix + Words.escape(name), "unknown field" + Words.didYouMean(name, known)
                        + " (known: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
            if (f.getValue().isNull()) {
                throw WireProblem.badField(prefix + name, "must not be null; leave the field out to use the default");
            }
        }
    }
}
