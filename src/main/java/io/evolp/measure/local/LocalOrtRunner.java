package io.evolp.measure.local;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.evolp.core.LayerConfig;
import io.evolp.io.onnx.OnnxExport;
import io.evolp.task.ProgressMonitor;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Measures ONNX models in this JVM with ONNX Runtime: create a session (intra-op threads from the
 * settings, inter-op 1, sequential execution, the chosen optimisation level), warm up, then time
 * single runs with {@link System#nanoTime()}. A list of items is measured in rounds, each round in a
 * fresh shuffled order with a fresh session per item (sessions are not kept across items: a plan's
 * modules together would not fit in memory).
 *
 * <p>Meant to run inside {@link LocalWorker}, a JVM of its own, so the caller's threads and GC do not
 * disturb the timings. ONNX Runtime extracts its ~29 MB of natives to the temp dir in every JVM unless
 * {@code -Donnxruntime.native.path=<dir>} points at them ({@link OrtNatives} prepares such a dir).
 */
public final class LocalOrtRunner {

    /** One thing to measure: ONNX bytes made on demand (each round), and its repeat factor. */
    public record Item(Supplier<byte[]> onnx, int factor) {
    }

    private static OrtEnvironment environment;

    private final LocalSettings settings;
    private final OrtEnvironment env;
    private final RuntimeFacts facts;

    public LocalOrtRunner(LocalSettings settings) {
        this.settings = settings;
        this.env = environment();
        this.facts = RuntimeFacts.of(env.getVersion(), settings);
    }

    /**
     * The JVM's one ORT environment, logging errors only: ORT logs to the process's stdout/stderr and
     * the worker's stdout is its protocol. Asked for once, since ORT warns when a later call asks for
     * a different level than the existing environment has.
     */
    private static synchronized OrtEnvironment environment() {
        if (environment == null) environment = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
        return environment;
    }

    public RuntimeFacts facts() {
        return facts;
    }

    public LocalSettings settings() {
        return settings;
    }

    /** One session, {@code warmup} untimed runs, {@code repeats} timed runs (a single round). */
    public LocalMeasurement measure(byte[] onnx, int warmup, int repeats) {
        double[] runs = new double[repeats];
        double session = runSession(onnx, warmup, runs, ProgressMonitor.NONE);
        return LocalMeasurement.of(runs, new double[][]{runs}, session, facts);
    }

    /** Per-layer time of {@code layer}: its module of {@code moduleRepeats} branches, divided by that. */
    public LocalMeasurement measureLayer(LayerConfig layer) {
        int m = settings.moduleRepeats();
        return measureAll(List.of(new Item(() -> OnnxExport.layerModule(layer, m), m)), ProgressMonitor.NONE).get(0);
    }

    /**
     * Every item, {@code rounds} times in shuffled order; results in the items' order, divided by each
     * item's factor.
     *
     * @throws io.evolp.task.CancelledException when {@code pm} is cancelled (between runs)
     */
    public List<LocalMeasurement> measureAll(List<Item> items, ProgressMonitor pm) {
        int n = items.size(), rounds = settings.rounds(), repeats = settings.repeats();
        double[][][] runs = new double[n][rounds][repeats];
        double[][] sessions = new double[n][rounds];
        Random shuffle = new Random(settings.seed());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) order.add(i);
        long done = 0, total = (long) n * rounds;
        for (int r = 0; r < rounds; r++) {
            Collections.shuffle(order, shuffle);
            for (int i : order) {
                pm.checkCancelled();
                sessions[i][r] = runSession(items.get(i).onnx().get(), settings.warmup(), runs[i][r], pm);
                pm.progress(++done, total, "round " + (r + 1) + " of " + rounds);
            }
        }
        List<LocalMeasurement> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] all = new double[rounds * repeats];
            for (int r = 0; r < rounds; r++) System.arraycopy(runs[i][r], 0, all, r * repeats, repeats);
            double[] s = sessions[i].clone();
            java.util.Arrays.sort(s);
            LocalMeasurement m = LocalMeasurement.of(all, runs[i], LocalMeasurement.quantile(s, 0.5), facts);
            out.add(items.get(i).factor() == 1 ? m : m.perLayer(items.get(i).factor()));
        }
        return out;
    }

    /**
     * With {@code EVOLP_MEASURE_CLOCK=cpu} in the environment (the worker inherits it) runs are timed
     * in CPU time of the calling thread instead of wall time. With one intra-op thread ONNX Runtime
     * computes on the calling thread, so this is the kernel's own time, and on a machine loaded far
     * beyond its cores (other builds) it stays meaningful where wall time measures the scheduler.
     */
    static final boolean CPU_CLOCK = "cpu".equalsIgnoreCase(System.getenv("EVOLP_MEASURE_CLOCK"));

    private static long now() {
        return CPU_CLOCK ? java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Creates a session, warms up, fills {@code times} with per-run ms; returns session creation ms. */
    private double runSession(byte[] onnx, int warmup, double[] times, ProgressMonitor pm) {
        try (OrtSession.SessionOptions options = sessionOptions()) {
            long t0 = System.nanoTime();
            try (OrtSession session = env.createSession(onnx, options)) {
                double sessionMs = (System.nanoTime() - t0) / 1e6;
                Map<String, OnnxTensor> inputs = inputs(session);
                try {
                    for (int i = 0; i < warmup; i++) {
                        pm.checkCancelled();
                        session.run(inputs).close();
                    }
                    for (int i = 0; i < times.length; i++) {
                        pm.checkCancelled();
                        long start = now();
                        OrtSession.Result result = session.run(inputs);
                        times[i] = (now() - start) / 1e6;
                        result.close(); // freeing outputs is not part of the latency
                    }
                } finally {
                    inputs.values().forEach(OnnxTensor::close);
                }
                return sessionMs;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime: " + e.getMessage(), e);
        }
    }

    private OrtSession.SessionOptions sessionOptions() throws OrtException {
        OrtSession.SessionOptions o = new OrtSession.SessionOptions();
        o.setIntraOpNumThreads(settings.intraOpThreads());
        o.setInterOpNumThreads(1);
        o.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        o.setOptimizationLevel(switch (settings.optLevel()) {
            case NONE -> OrtSession.SessionOptions.OptLevel.NO_OPT;
            case BASIC -> OrtSession.SessionOptions.OptLevel.BASIC_OPT;
            case EXTENDED -> OrtSession.SessionOptions.OptLevel.EXTENDED_OPT;
            case ALL -> OrtSession.SessionOptions.OptLevel.ALL_OPT;
        });
        return o;
    }

    /** Seeded random float inputs of the model's declared shapes (symbolic dimensions → 1). */
    private Map<String, OnnxTensor> inputs(OrtSession session) throws OrtException {
        Random random = new Random(settings.seed());
        Map<String, OnnxTensor> map = new HashMap<>();
        for (Map.Entry<String, NodeInfo> e : session.getInputInfo().entrySet()) {
            if (!(e.getValue().getInfo() instanceof TensorInfo info) || info.type != OnnxJavaType.FLOAT) {
                map.values().forEach(OnnxTensor::close);
                throw new IllegalArgumentException("input '" + e.getKey() + "' is not a float tensor; only float inputs can be fed");
            }
            long[] shape = info.getShape().clone();
            long count = 1;
            for (int i = 0; i < shape.length; i++) {
                if (shape[i] < 1) shape[i] = 1;
                count *= shape[i];
            }
            if (count > Integer.MAX_VALUE) throw new IllegalArgumentException("input '" + e.getKey() + "' is too large");
            float[] data = new float[(int) count];
            for (int i = 0; i < data.length; i++) data[i] = (float) random.nextGaussian();
            map.put(e.getKey(), OnnxTensor.createTensor(env, FloatBuffer.wrap(data), shape));
        }
        return map;
    }
}
