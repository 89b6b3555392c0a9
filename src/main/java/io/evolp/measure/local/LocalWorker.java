package io.evolp.measure.local;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.io.ModelJson;
import io.evolp.io.onnx.OnnxExport;
import io.evolp.io.wire.WireJson;
import io.evolp.io.worker.WorkerRequests;
import io.evolp.io.worker.WorkerWire;
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
 * Requests (every one may carry {@code "id"} and {@code "settings"}, see {@link WorkerWire}):
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
        protocol.println(WireJson.write(new WorkerWire.Hello(true, probe.facts().ortVersion(), probe.facts().cpuModel(),
                probe.facts().jvmVersion(), ProcessHandle.current().pid())));
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
        Object id = null;
        try {
            WorkerWire.Request req = WorkerRequests.read(line);
            id = req.id();
            String op = req.op();
            if (op.equals("quit")) return null;
            LocalSettings settings = WorkerWireMapper.settings(req.settings());
            WorkerWire.Answer ok = WorkerWire.Answer.ok(id);
            ok = switch (op) {
                case "info" -> ok.withFacts(WorkerWireMapper.facts(new LocalOrtRunner(settings).facts()));
                case "layer" -> ok.withResult(layer(WorkerWireMapper.layer(req.layer()), settings, progress(req, progressOut)));
                case "layers" -> ok.withResults(plan(req.layers(), settings));
                case "model" -> ok.withResult(onnx(OnnxExport.model(model(req.model())), settings, progress(req, progressOut)));
                case "onnx" -> ok.withResult(onnx(onnxBytes(req), settings, progress(req, progressOut)));
                default -> null;
            };
            if (ok == null) return error(id, "bad request: unknown op '" + op + "'; expected info, layer, layers, model, onnx or quit");
            return ok.toJson();
        } catch (WorkerRequests.BadRequest e) {
            return error(e.id(), e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            return error(id, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static List<WorkerWire.Measurement> plan(List<WorkerWire.Layer> layers, LocalSettings settings) {
        int m = settings.moduleRepeats();
        List<LocalOrtRunner.Item> items = new ArrayList<>();
        for (WorkerWire.Layer n : layers) {
            LayerConfig c = WorkerWireMapper.layer(n);
            items.add(new LocalOrtRunner.Item(() -> OnnxExport.layerModule(c, m), m));
        }
        List<WorkerWire.Measurement> out = new ArrayList<>();
        for (LocalMeasurement r : new LocalOrtRunner(settings).measureAll(items, ProgressMonitor.NONE)) {
            out.add(WorkerWireMapper.measurement(r));
        }
        return out;
    }

    private static WorkerWire.Measurement onnx(byte[] bytes, LocalSettings settings, ProgressMonitor pm) {
        byte[] model = bytes;
        return WorkerWireMapper.measurement(new LocalOrtRunner(settings)
                .measureAll(List.of(new LocalOrtRunner.Item(() -> model, 1)), pm).get(0));
    }

    /** Same as {@link LocalOrtRunner#measureLayer} but reporting each finished round. */
    private static WorkerWire.Measurement layer(LayerConfig c, LocalSettings settings, ProgressMonitor pm) {
        int m = settings.moduleRepeats();
        return WorkerWireMapper.measurement(new LocalOrtRunner(settings)
                .measureAll(List.of(new LocalOrtRunner.Item(() -> OnnxExport.layerModule(c, m), m)), pm).get(0));
    }

    /** A monitor writing progress lines when the request asked for them, else none. */
    private static ProgressMonitor progress(WorkerWire.Request req, java.util.function.Consumer<String> out) {
        if (!Boolean.TRUE.equals(req.progress())) return ProgressMonitor.NONE;
        Object id = req.id();
        return new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String message) {
                out.accept(WireJson.write(new WorkerWire.Progress(id, new WorkerWire.Done(done, total))));
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    private static ModelSpec model(String text) {
        if (text == null) throw new IllegalArgumentException("bad request: 'model' must be model JSON text");
        return ModelJson.parse(text, "request", 1);
    }

    private static byte[] onnxBytes(WorkerWire.Request req) {
        if (req.onnxBase64() != null) {
            try {
                return Base64.getDecoder().decode(req.onnxBase64());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad request: onnx_base64 is not base64: " + e.getMessage());
            }
        }
        if (req.onnxFile() != null) {
            try {
                return Files.readAllBytes(Path.of(req.onnxFile()));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + req.onnxFile() + ": " + e);
            }
        }
        throw new IllegalArgumentException("bad request: op 'onnx' needs onnx_base64 or onnx_file");
    }

    private static String error(Object id, String message) {
        return WorkerWire.Answer.error(id, message).toJson();
    }
}
