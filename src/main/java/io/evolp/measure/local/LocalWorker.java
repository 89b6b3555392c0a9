package io.evolp.measure.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.io.Json;
import io.evolp.io.ModelJson;
import io.evolp.io.onnx.OnnxExport;
import io.evolp.task.ProgressMonitor;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The measurement process: a JVM of its own so the GUI's threads, GC and rendering do not disturb
 * the timings. Reads one JSON request per line on stdin and writes one JSON answer per line on stdout;
 * everything else (Java's System.out, logs) goes to stderr so stdout stays pure protocol.
 *
 * <p>First line out: {@code {"ready":true,"ort":…,"cpu":…,"jvm":…,"pid":…}} once ORT is loaded.
 * Requests (every one may carry {@code "id"} and {@code "settings"}, see {@link WorkerJson}):
 * <ul>
 *   <li>{@code {"op":"info"}} → {@code "facts"};</li>
 *   <li>{@code {"op":"layer","layer":{…}}} → {@code "result"}: per-layer times of its module;</li>
 *   <li>{@code {"op":"layers","layers":[…]}} → {@code "results"}: a plan, in shuffled rounds;</li>
 *   <li>{@code {"op":"model","model":"<model JSON>"}} → {@code "result"}: the exported model;</li>
 *   <li>{@code {"op":"onnx","onnx_base64":"…"}} or {@code "onnx_file":"/path"} → {@code "result"};</li>
 *   <li>{@code {"op":"quit"}} → exits.</li>
 * </ul>
 * Answers: {@code {"id":…,"ok":true,…}} or {@code {"id":…,"ok":false,"error":"…"}}; a bad request
 * never ends the worker.
 */
public final class LocalWorker {

    public static final String MAIN_CLASS = LocalWorker.class.getName();

    private LocalWorker() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        LocalOrtRunner probe = new LocalOrtRunner(LocalSettings.defaults()); // loads ORT before "ready"
        ObjectNode hello = Json.mapper().createObjectNode().put("ready", true)
                .put("ort", probe.facts().ortVersion()).put("cpu", probe.facts().cpuModel())
                .put("jvm", probe.facts().jvmVersion()).put("pid", ProcessHandle.current().pid());
        protocol.println(hello);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) continue;
            String answer = handle(line, protocol::println);
            if (answer == null) break;
            protocol.println(answer);
        }
    }

    /** The answer line to one request line, or null for {@code quit}. Never throws. */
    static String handle(String line) {
        return handle(line, s -> { });
    }

    /**
     * As {@link #handle(String)}; a request with {@code "progress":true} also gets progress lines
     * {@code {"id":…,"progress":{"done":d,"total":t}}} (one per item and round) through {@code progressOut}
     * before its answer, so a remote agent can report how far a multi-round measurement is.
     */
    static String handle(String line, java.util.function.Consumer<String> progressOut) {
        JsonNode id = null;
        try {
            JsonNode req;
            try {
                req = Json.mapper().readTree(line);
            } catch (IOException e) {
                return error(null, "bad request: not JSON (" + firstLine(e.getMessage()) + ")");
            }
            if (req == null || !req.isObject()) return error(null, "bad request: expected a JSON object");
            id = req.get("id");
            String op = req.path("op").asText("");
            if (op.equals("quit")) return null;
            LocalSettings settings = WorkerJson.settings(req.get("settings"));
            ObjectNode ok = Json.mapper().createObjectNode();
            if (id != null) ok.set("id", id);
            ok.put("ok", true);
            switch (op) {
                case "info" -> ok.set("facts", Json.mapper().valueToTree(new LocalOrtRunner(settings).facts()));
                case "layer" -> ok.set("result", layer(WorkerJson.layer(req.get("layer")), settings, progress(req, id, progressOut)));
                case "layers" -> ok.set("results", plan(req.get("layers"), settings));
                case "model" -> ok.set("result", onnx(OnnxExport.model(model(req.get("model"))), settings));
                case "onnx" -> ok.set("result", onnx(onnxBytes(req), settings, progress(req, id, progressOut)));
                default -> {
                    return error(id, "bad request: unknown op '" + op + "'; expected info, layer, layers, model, onnx or quit");
                }
            }
            return ok.toString();
        } catch (RuntimeException | OutOfMemoryError e) {
            return error(id, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static JsonNode plan(JsonNode layers, LocalSettings settings) {
        if (layers == null || !layers.isArray() || layers.isEmpty()) {
            throw new IllegalArgumentException("bad request: 'layers' must be a non-empty array");
        }
        int m = settings.moduleRepeats();
        List<LocalOrtRunner.Item> items = new ArrayList<>();
        for (JsonNode n : layers) {
            LayerConfig c = WorkerJson.layer(n);
            items.add(new LocalOrtRunner.Item(() -> OnnxExport.layerModule(c, m), m));
        }
        ArrayNode out = Json.mapper().createArrayNode();
        for (LocalMeasurement r : new LocalOrtRunner(settings).measureAll(items, ProgressMonitor.NONE)) {
            out.add(WorkerJson.measurement(r));
        }
        return out;
    }

    private static JsonNode onnx(byte[] bytes, LocalSettings settings) {
        return onnx(bytes, settings, ProgressMonitor.NONE);
    }

    private static JsonNode onnx(byte[] bytes, LocalSettings settings, ProgressMonitor pm) {
        byte[] model = bytes;
        return WorkerJson.measurement(new LocalOrtRunner(settings)
                .measureAll(List.of(new LocalOrtRunner.Item(() -> model, 1)), pm).get(0));
    }

    /** Same as {@link LocalOrtRunner#measureLayer} but reporting each finished round. */
    private static JsonNode layer(LayerConfig c, LocalSettings settings, ProgressMonitor pm) {
        int m = settings.moduleRepeats();
        return WorkerJson.measurement(new LocalOrtRunner(settings)
                .measureAll(List.of(new LocalOrtRunner.Item(() -> OnnxExport.layerModule(c, m), m)), pm).get(0));
    }

    /** A monitor writing progress lines when the request asked for them, else none. */
    private static ProgressMonitor progress(JsonNode req, JsonNode id, java.util.function.Consumer<String> out) {
        if (!req.path("progress").asBoolean(false)) return ProgressMonitor.NONE;
        return new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String message) {
                ObjectNode n = Json.mapper().createObjectNode();
                if (id != null) n.set("id", id);
                n.putObject("progress").put("done", done).put("total", total);
                out.accept(n.toString());
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    private static ModelSpec model(JsonNode n) {
        if (n == null || !n.isTextual()) throw new IllegalArgumentException("bad request: 'model' must be model JSON text");
        return ModelJson.parse(n.asText(), "request", 1);
    }

    private static byte[] onnxBytes(JsonNode req) {
        if (req.hasNonNull("onnx_base64")) {
            try {
                return Base64.getDecoder().decode(req.get("onnx_base64").asText());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad request: onnx_base64 is not base64: " + e.getMessage());
            }
        }
        if (req.hasNonNull("onnx_file")) {
            try {
                return Files.readAllBytes(Path.of(req.get("onnx_file").asText()));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + req.get("onnx_file").asText() + ": " + e);
            }
        }
        throw new IllegalArgumentException("bad request: op 'onnx' needs onnx_base64 or onnx_file");
    }

    private static String error(JsonNode id, String message) {
        ObjectNode n = Json.mapper().createObjectNode();
        if (id != null) n.set("id", id);
        return n.put("ok", false).put("error", message).toString();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
