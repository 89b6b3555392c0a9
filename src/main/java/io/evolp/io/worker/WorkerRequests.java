package io.evolp.io.worker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.io.Json;
import io.evolp.io.JsonErrors;

import java.util.List;

/**
 * Reads one request line of the worker protocol into a {@link WorkerWire.Request}: the types the
 * worker relies on are checked on the tree first (so a 2.5 is refused as "must be an integer" rather
 * than silently truncated by binding), then the checked tree is bound to the DTO.
 */
public final class WorkerRequests {

    private static final List<String> LAYER_INTS = List.of("input_size", "cin", "cout", "kh", "kw", "sh", "sw", "ph", "pw", "groups");
    private static final List<String> SETTING_INTS = List.of("threads", "warmup", "repeats", "rounds", "module_repeats");

    /** A refused request; {@link #id()} is the request's id when it had one, to echo in the answer. */
    public static final class BadRequest extends RuntimeException {
        private final transient Object id;

        BadRequest(Object id, String message) {
            super(message);
            this.id = id;
        }

        public Object id() {
            return id;
        }
    }

    private WorkerRequests() {
    }

    /** @throws BadRequest naming the first bad field */
    public static WorkerWire.Request read(String line) {
        JsonNode req;
        try {
            req = Json.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadRequest(null, "bad request: not JSON (" + firstLine(e.getMessage()) + ")");
        }
        if (req == null || !req.isObject()) throw new BadRequest(null, "bad request: expected a JSON object");
        Object id = req.hasNonNull("id") ? bind(req.get("id"), Object.class, null) : null;
        String op = req.path("op").asText("");
        if (op.equals("quit")) return WorkerWire.Request.of("quit", null).withId(id);
        try {
            settings(req.get("settings"));
            switch (op) {
                case "layer" -> layer(req.get("layer"));
                case "layers" -> {
                    JsonNode layers = req.get("layers");
                    if (layers == null || !layers.isArray() || layers.isEmpty()) {
                        throw new IllegalArgumentException("bad request: 'layers' must be a non-empty array");
                    }
                    layers.forEach(WorkerRequests::layer);
                }
                case "model" -> {
                    if (!req.path("model").isTextual()) throw new IllegalArgumentException("bad request: 'model' must be model JSON text");
                }
                default -> { /* info, onnx: nothing structured; unknown ops are refused by the worker */ }
            }
        } catch (IllegalArgumentException e) {
            throw new BadRequest(id, e.getMessage());
        }
        WorkerWire.Request r = bind(req, WorkerWire.Request.class, id);
        return new WorkerWire.Request(op, r.settings(), r.layer(), r.layers(), r.model(), r.onnxBase64(), r.onnxFile(), r.progress(), id);
    }

    private static void layer(JsonNode n) {
        if (n == null || !n.isObject()) throw new IllegalArgumentException("'layer' must be an object");
        for (String f : LAYER_INTS) {
            JsonNode v = n.get(f);
            if (v == null || !v.isIntegralNumber() || !v.canConvertToInt()) {
                throw new IllegalArgumentException("layer field '" + f + "' must be an integer");
            }
        }
        JsonNode bias = n.get("bias");
        if (bias == null || !bias.isBoolean()) throw new IllegalArgumentException("layer field 'bias' must be true or false");
    }

    private static void settings(JsonNode n) {
        if (n == null || n.isNull()) return;
        if (!n.isObject()) throw new IllegalArgumentException("'settings' must be an object");
        for (String f : SETTING_INTS) {
            JsonNode v = n.get(f);
            if (v != null && (!v.isIntegralNumber() || !v.canConvertToInt())) {
                throw new IllegalArgumentException("settings field '" + f + "' must be an integer");
            }
        }
        JsonNode seed = n.get("seed");
        if (seed != null && !(seed.isIntegralNumber() && seed.canConvertToLong())) {
            throw new IllegalArgumentException("settings field 'seed' must be an integer");
        }
        JsonNode opt = n.get("opt");
        if (opt != null && !opt.isValueNode()) throw new IllegalArgumentException("settings field 'opt' must be a string");
    }

    private static <T> T bind(JsonNode n, Class<T> type, Object id) {
        try {
            return Json.mapper().treeToValue(n, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BadRequest(id, "bad request: " + (e instanceof JsonProcessingException j ? JsonErrors.describe(j) : e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
