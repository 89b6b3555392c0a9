package io.evolp.measure.local;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.io.ModelJson;
import io.evolp.io.worker.WorkerWire;
import io.evolp.measure.MeasurementException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;

/**
 * Talks to a {@link LocalWorker} JVM: starts it on first use ({@code java} from {@code java.home},
 * this JVM's class path), one request at a time with a timeout, starts a new worker when the last one
 * died, timed out or was aborted, and stops it on {@link #close()}.
 *
 * <p>A request whose worker dies or times out fails (with the worker's last output in the message)
 * and is not retried: a request that crashed the worker would crash the next one too. The next
 * request starts a fresh worker.
 */
public final class LocalWorkerClient implements AutoCloseable {

    /**
     * @param command        full command line that starts the worker
     * @param startTimeout   how long a worker may take to say it is ready (JVM + ORT start)
     * @param requestTimeout default limit per request
     */
    public record Options(List<String> command, Duration startTimeout, Duration requestTimeout) {
        public Options {
            command = List.copyOf(command);
        }

        /**
         * {@code <java.home>/bin/java -Xmx1g -XX:+UseSerialGC [-Donnxruntime.native.path=…] -cp <java.class.path>
         * io.evolp.measure.local.LocalWorker}. Serial GC: no parallel GC threads competing with the single
         * ORT thread. The native path is shared by all workers (see {@link OrtNatives}).
         *
         * @throws MeasurementException when this runtime has no java launcher (a jpackage image linked with
         *                              --strip-native-commands, jpackage's default: link without it)
         */
        public static Options defaults() {
            Path java = Path.of(System.getProperty("java.home"), "bin",
                    System.getProperty("os.name", "").toLowerCase().contains("win") ? "java.exe" : "java");
            if (!Files.isExecutable(java)) {
                throw new MeasurementException("cannot start the local measurement worker: no java launcher at " + java
                        + " (a runtime image linked with --strip-native-commands has none)");
            }
            List<String> cmd = new ArrayList<>(List.of(java.toString(), "-Xmx1g", "-XX:+UseSerialGC",
                    "-Djava.awt.headless=true"));
            OrtNatives.prepare().ifPresent(dir -> cmd.add("-D" + OrtNatives.PROPERTY + "=" + dir));
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), LocalWorker.MAIN_CLASS));
            return new Options(cmd, Duration.ofSeconds(60), Duration.ofMinutes(30));
        }

        public Options withRequestTimeout(Duration d) {
            return new Options(command, startTimeout, d);
        }
    }

    private final Options options;
    private volatile WorkerProcess worker;
    private volatile boolean closed;
    private long nextId;
    private int starts;
    private double lastStartMs;

    public LocalWorkerClient(Options options) {
        this.options = options;
    }

    public LocalWorkerClient() {
        this(Options.defaults());
    }

    /** Told after each item and round of a request: {@code done} of {@code total} session runs finished. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    public LocalMeasurement measureLayer(LayerConfig layer, LocalSettings settings) {
        return measureLayer(layer, settings, null);
    }

    /** As {@link #measureLayer(LayerConfig, LocalSettings)}, reporting each finished round to {@code progress}. */
    public LocalMeasurement measureLayer(LayerConfig layer, LocalSettings settings, Progress progress) {
        WorkerWire.Request req = request("layer", settings).withLayer(WorkerWireMapper.layer(layer)).withProgress(progress != null);
        return result(call(req, options.requestTimeout(), progress));
    }

    /** A plan: all layers measured in {@code settings.rounds()} shuffled rounds; results in input order. */
    public List<LocalMeasurement> measureLayers(List<LayerConfig> layers, LocalSettings settings) {
        WorkerWire.Request req = request("layers", settings).withLayers(layers.stream().map(WorkerWireMapper::layer).toList());
        WorkerWire.Message answer = call(req, options.requestTimeout());
        if (answer.results() == null) throw new MeasurementException("local worker: malformed answer without results");
        List<LocalMeasurement> out = new ArrayList<>();
        for (WorkerWire.Measurement n : answer.results()) out.add(WorkerWireMapper.measurement(n));
        return out;
    }

    /** A model exported by the worker ({@code OnnxExport.model}; explicit lists must chain). */
    public LocalMeasurement measureModel(ModelSpec model, LocalSettings settings) {
        return measureModel(model, settings, null);
    }

    /** As {@link #measureModel(ModelSpec, LocalSettings)}, reporting each finished round to {@code progress}. */
    public LocalMeasurement measureModel(ModelSpec model, LocalSettings settings, Progress progress) {
        WorkerWire.Request req = request("model", settings).withModel(ModelJson.toJson(model)).withProgress(progress != null);
        return result(call(req, options.requestTimeout(), progress));
    }

    /** Arbitrary ONNX bytes (an imported file), sent base64. */
    public LocalMeasurement measureOnnx(byte[] onnx, LocalSettings settings) {
        return measureOnnx(onnx, settings, null);
    }

    /** As {@link #measureOnnx(byte[], LocalSettings)}, reporting each finished round to {@code progress}. */
    public LocalMeasurement measureOnnx(byte[] onnx, LocalSettings settings, Progress progress) {
        WorkerWire.Request req = request("onnx", settings).withOnnxBase64(Base64.getEncoder().encodeToString(onnx))
                .withProgress(progress != null);
        return result(call(req, options.requestTimeout(), progress));
    }

    public RuntimeFacts info(LocalSettings settings) {
        RuntimeFacts f = WorkerWireMapper.facts(call(request("info", settings), options.requestTimeout()).facts());
        if (f == null) throw new MeasurementException("local worker: malformed answer without runtime facts");
        return f;
    }

    private static LocalMeasurement result(WorkerWire.Message answer) {
        try {
            return WorkerWireMapper.measurement(answer.result());
        } catch (IllegalArgumentException e) {
            throw new MeasurementException("local worker: " + e.getMessage(), e);
        }
    }

    /**
     * Sends one request and waits for its answer.
     *
     * @throws MeasurementException for an error answer, a timeout (the worker is killed) or a worker that died
     */
    public synchronized WorkerWire.Message call(WorkerWire.Request request, Duration timeout) {
        return call(request, timeout, null);
    }

    /** As {@link #call(WorkerWire.Request, Duration)}; progress lines of this request go to {@code progress} (may be null). */
    public synchronized WorkerWire.Message call(WorkerWire.Request request, Duration timeout, Progress progress) {
        if (closed) throw new MeasurementException("local worker client is closed");
        WorkerProcess w = ensureWorker();
        long id = ++nextId;
        try {
            w.send(request.withId(id).toJson());
        } catch (IOException e) {
            return fail(w, "local worker stopped before taking the request (" + w.describeEnd() + ")");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            WorkerWire.Message m;
            try {
                m = w.poll(deadline - System.nanoTime());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fail(w, "interrupted while waiting for the local worker; worker stopped");
            }
            if (m == null) {
                return fail(w, "local worker gave no answer within " + timeout.toSeconds() + " s; it was stopped and the next request starts a new one");
            }
            if (m == WorkerProcess.EOF) {
                return fail(w, "local worker exited while measuring (" + w.describeEnd() + ")");
            }
            if (m.idAsLong() != id) continue; // a stale or unsolicited line
            if (m.progress() != null) {
                if (progress != null) progress.update(m.progress().done(), m.progress().total());
                continue;
            }
            if (m.isOk()) return m;
            throw new MeasurementException("local worker: " + (m.error() == null ? "unknown error" : m.error()));
        }
    }

    /** Kills the running worker at once (cancellation); a waiting {@link #call} fails, the next starts a new one. */
    public void abort() {
        WorkerProcess w = worker;
        if (w != null) w.kill();
    }

    /** Process id of the current worker, if one runs. */
    public OptionalLong pid() {
        WorkerProcess w = worker;
        return w != null && w.alive() ? OptionalLong.of(w.pid()) : OptionalLong.empty();
    }

    /** Workers started so far. */
    public synchronized int starts() {
        return starts;
    }

    /** Milliseconds from process start to the worker's ready line (JVM + ORT load), last start. */
    public synchronized double lastStartMs() {
        return lastStartMs;
    }

    @Override
    public void close() {
        closed = true;
        WorkerProcess w = worker;
        worker = null;
        if (w != null) w.stop(2000);
    }

    private static WorkerWire.Request request(String op, LocalSettings settings) {
        return WorkerWire.Request.of(op, WorkerWireMapper.settings(settings));
    }

    private WorkerProcess ensureWorker() {
        WorkerProcess w = worker;
        if (w != null && w.alive()) return w;
        if (w != null) w.kill();
        long t0 = System.nanoTime();
        try {
            w = new WorkerProcess(options.command());
        } catch (IOException e) {
            throw new MeasurementException("cannot start the local measurement worker: " + e.getMessage(), e);
        }
        worker = w;
        starts++;
        try {
            WorkerWire.Message hello = w.poll(options.startTimeout().toNanos());
            if (hello == null || hello == WorkerProcess.EOF || !hello.isReady()) {
                String why = hello == null ? "not ready within " + options.startTimeout().toSeconds() + " s" : w.describeEnd();
                fail(w, "local measurement worker did not start: " + why);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(w, "interrupted while starting the local worker");
        }
        lastStartMs = (System.nanoTime() - t0) / 1e6;
        return w;
    }

    private <T> T fail(WorkerProcess w, String message) {
        w.kill();
        if (worker == w) worker = null;
        throw new MeasurementException(message);
    }
}
