package io.evolp.measure.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.core.LayerConfig;
import io.evolp.io.Json;
import io.evolp.io.LayerJson;
import io.evolp.measure.local.LocalSettings;

import java.util.Locale;
import java.util.Set;

/**
 * The JSON of the agent protocol, both directions. A layer is written as in model JSON (DESIGN §3):
 * {@code {"input_size":56,"cin":64,"cout":64,"k":3,"s":1,"p":1,"groups":1,"bias":false}}, where
 * {@code k}, {@code s}, {@code p} may be {@code [h, w]}. Settings: {@code warmup, repeats, rounds,
 * module_repeats, threads, opt_level, seed}.
 *
 * <p>Parsing is strict because the agent is reachable from the network: unknown fields are refused
 * (a typo such as {@code "repeat"} would otherwise silently measure with the default), every number
 * has a range, and each problem names its field.
 */
final class AgentJson {

    /** Bounds that keep one request from exhausting a small board's memory (a Jetson Nano has 4 GB). */
    static final int MAX_INPUT_SIZE = 4096, MAX_CHANNELS = 16384, MAX_KERNEL = 64, MAX_STRIDE = 64, MAX_PADDING = 64;
    /** Weights of a layer module plus its input and outputs, float32. */
    static final long MAX_MODULE_BYTES = 1L << 30;

    private static final Set<String> TOP = Set.of("layer", "model_sha256", "settings", "async");
    private static final Set<String> LAYER = Set.of("input_size", "cin", "cout", "k", "s", "p", "groups", "bias");
    private static final Set<String> SETTINGS = Set.of("warmup", "repeats", "rounds", "module_repeats", "threads", "opt_level", "seed");

    private AgentJson() {
    }

    static ObjectNode layer(LayerConfig c) {
        return LayerJson.compact(c);
    }

    static ObjectNode settings(LocalSettings s) {
        return Json.mapper().createObjectNode().put("warmup", s.warmup()).put("repeats", s.repeats())
                .put("rounds", s.rounds()).put("module_repeats", s.moduleRepeats()).put("threads", s.intraOpThreads())
                .put("opt_level", s.optLevel().name()).put("seed", s.seed());
    }

    static String describe(LayerConfig c) {
        return String.format(Locale.ROOT, "%d×%d %d→%d k%dx%d s%dx%d p%dx%d g%d%s", c.inputSize(), c.inputSize(), c.cin(), c.cout(),
                c.kh(), c.kw(), c.sh(), c.sw(), c.ph(), c.pw(), c.groups(), c.bias() ? " bias" : "");
    }

    /**
     * @param defaultThreads intra-op threads when the request does not say (the agent's --threads)
     * @throws RequestProblem 400 naming the first bad field
     */
    static MeasureRequest measureRequest(JsonNode body, int defaultThreads) {
        if (body == null || !body.isObject()) throw new RequestProblem(400, "expected a JSON object, was " + (body == null ? "nothing" : kind(body)));
        unknownFields(body, TOP, "");
        boolean hasLayer = body.has("layer"), hasModel = body.has("model_sha256");
        if (hasLayer == hasModel) {
            throw RequestProblem.badField("layer", "give exactly one of 'layer' and 'model_sha256'");
        }
        LocalSettings settings = settings(body.get("settings"), defaultThreads);
        JsonNode async = body.get("async");
        if (async != null && !async.isBoolean()) throw RequestProblem.badField("async", "must be true or false");
        boolean isAsync = async != null && async.asBoolean();
        if (hasModel) {
            JsonNode sha = body.get("model_sha256");
            if (!sha.isTextual() || !ModelStore.isSha256(sha.asText())) {
                throw RequestProblem.badField("model_sha256", "must be 64 lower-case hex digits");
            }
            return new MeasureRequest(null, sha.asText(), settings, isAsync);
        }
        return new MeasureRequest(layer(body.get("layer"), settings.moduleRepeats()), null, settings, isAsync);
    }

    static LayerConfig layer(JsonNode n, int moduleRepeats) {
        if (n == null || !n.isObject()) throw RequestProblem.badField("layer", "must be an object, was " + (n == null ? "missing" : kind(n)));
        unknownFields(n, LAYER, "layer.");
        int size = required(n, "input_size", 1, MAX_INPUT_SIZE);
        int cin = required(n, "cin", 1, MAX_CHANNELS), cout = required(n, "cout", 1, MAX_CHANNELS);
        int[] k = pair(n, "k", 1, MAX_KERNEL, null), s = pair(n, "s", 1, MAX_STRIDE, new int[]{1, 1});
        int[] p = pair(n, "p", 0, MAX_PADDING, new int[]{0, 0});
        int groups = n.has("groups") ? required(n, "groups", 1, MAX_CHANNELS) : 1;
        JsonNode bias = n.get("bias");
        if (bias != null && !bias.isBoolean()) throw RequestProblem.badField("layer.bias", "must be true or false");
        if (cin % groups != 0 || cout % groups != 0) {
            throw RequestProblem.badField("layer.groups", "groups (" + groups + ") must divide cin (" + cin + ") and cout (" + cout + ")");
        }
        if (size + 2 * p[0] < k[0] || size + 2 * p[1] < k[1]) {
            throw RequestProblem.badField("layer.k", "kernel " + k[0] + "x" + k[1] + " is larger than the padded input ("
                    + (size + 2 * p[0]) + "x" + (size + 2 * p[1]) + ")");
        }
        LayerConfig c = new LayerConfig(size, cin, cout, k[0], k[1], s[0], s[1], p[0], p[1], bias != null && bias.asBoolean(), groups);
        long bytes = 4L * ((long) c.inputSize() * c.inputSize() * c.cin()
                + (long) moduleRepeats * (c.params() + (long) c.outputHeight() * c.outputWidth() * c.cout()));
        if (bytes > MAX_MODULE_BYTES) {
            throw RequestProblem.badField("layer", "the module (" + moduleRepeats + " branches) would need " + (bytes >> 20)
                    + " MiB; the agent allows " + (MAX_MODULE_BYTES >> 20) + " MiB — use fewer module_repeats or a smaller layer");
        }
        return c;
    }

    /** Missing fields take {@link LocalSettings#defaults()} (threads: the agent's default). */
    static LocalSettings settings(JsonNode n, int defaultThreads) {
        LocalSettings d = LocalSettings.defaults().withThreads(defaultThreads);
        if (n == null) return d;
        if (!n.isObject()) throw RequestProblem.badField("settings", "must be an object, was " + kind(n));
        unknownFields(n, SETTINGS, "settings.");
        LocalSettings.OptLevel level = d.optLevel();
        JsonNode opt = n.get("opt_level");
        if (opt != null) {
            if (!opt.isTextual()) throw RequestProblem.badField("settings.opt_level", "must be a string: NONE, BASIC, EXTENDED or ALL");
            try {
                level = LocalSettings.OptLevel.valueOf(opt.asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw RequestProblem.badField("settings.opt_level", "must be NONE, BASIC, EXTENDED or ALL");
            }
        }
        JsonNode seed = n.get("seed");
        if (seed != null && !(seed.isIntegralNumber() && seed.canConvertToLong())) throw RequestProblem.badField("settings.seed", "must be an integer");
        return new LocalSettings(optional(n, "threads", 1, 256, d.intraOpThreads()), level,
                optional(n, "warmup", 0, 10_000, d.warmup()), optional(n, "repeats", 1, 100_000, d.repeats()),
                optional(n, "rounds", 1, 1000, d.rounds()), optional(n, "module_repeats", 1, 1000, d.moduleRepeats()),
                seed == null ? d.seed() : seed.asLong());
    }

    private static int[] pair(JsonNode n, String field, int min, int max, int[] fallback) {
        JsonNode v = n.get(field);
        String path = "layer." + field;
        if (v == null) {
            if (fallback == null) throw RequestProblem.badField(path, "is required");
            return fallback;
        }
        if (v.isArray()) {
            if (v.size() != 2) throw RequestProblem.badField(path, "must be an integer or two integers [h, w]");
            return new int[]{bounded(v.get(0), path, min, max), bounded(v.get(1), path, min, max)};
        }
        int x = bounded(v, path, min, max);
        return new int[]{x, x};
    }

    private static int required(JsonNode n, String field, int min, int max) {
        JsonNode v = n.get(field);
        if (v == null) throw RequestProblem.badField("layer." + field, "is required");
        return bounded(v, "layer." + field, min, max);
    }

    private static int optional(JsonNode n, String field, int min, int max, int fallback) {
        JsonNode v = n.get(field);
        return v == null ? fallback : bounded(v, "settings." + field, min, max);
    }

    private static int bounded(JsonNode v, String path, int min, int max) {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) throw RequestProblem.badField(path, "must be an integer, was " + kind(v));
        int x = v.asInt();
        if (x < min || x > max) throw RequestProblem.badField(path, "must be " + min + "–" + max + ", was " + x);
        return x;
    }

    /** What a client sent instead, in JSON's words: "a string", "2.5", "an array". */
    static String kind(JsonNode v) {
        if (v.isNumber()) return Words.escape(v.asText());
        if (v.isTextual()) return "a string";
        if (v.isBoolean()) return v.asText();
        if (v.isArray()) return "an array";
        if (v.isObject()) return "an object";
        return v.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** Refuses names outside {@code known} (with the closest known one) and nulls (a null is no default). */
    private static void unknownFields(JsonNode n, Set<String> known, String prefix) {
        var fields = n.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            String name = f.getKey();
            if (!known.contains(name)) {
                String shown = Words.escape(name);
                throw RequestProblem.badField(prefix + shown, "unknown field" + Words.didYouMean(name, known)
                        + " (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
            if (f.getValue().isNull()) {
                throw RequestProblem.badField(prefix + name, "must not be null; leave the field out to use the default");
            }
        }
    }
}
