package io.evolp.workflow.export;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.io.onnx.OnnxPruner;
import io.evolp.measure.Measurement;
import io.evolp.measure.MeasurementException;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.local.LocalMeasurement;
import io.evolp.measure.local.LocalSettings;
import io.evolp.measure.local.LocalSource;
import io.evolp.measure.local.LocalWorkerClient;
import io.evolp.task.ProgressMonitor;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Measures the candidates of a session on an imported ONNX model as what they really are: the
 * imported graph pruned to the candidate's widths ({@link OnnxPruner}), run in the local ONNX
 * Runtime worker. (The plain local source would measure the explicit conv list re-exported as a
 * chain of Conv+BN+ReLU, which is not the imported network — and fails for residual ones.) So the
 * session's measurements are measurements of the very file {@code --export-onnx} writes.
 */
public final class PrunedOnnxSource implements MeasurementSource {

    private final byte[] onnx;
    private final String label;
    private final LocalSettings settings;
    private final LocalWorkerClient client;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "evolp-pruned-onnx");
        t.setDaemon(true);
        return t;
    });

    public PrunedOnnxSource(byte[] onnx, String label, LocalSettings settings) {
        this(onnx, label, settings, new LocalWorkerClient());
    }

    PrunedOnnxSource(byte[] onnx, String label, LocalSettings settings, LocalWorkerClient client) {
        this.onnx = onnx.clone();
        this.label = label;
        this.settings = settings;
        this.client = client;
    }

    @Override
    public String id() {
        return "local";
    }

    @Override
    public String description() {
        return "this machine, ONNX Runtime in a worker process: " + label + " pruned to each candidate's widths, "
                + settings.intraOpThreads() + " intra-op thread(s), optimisation " + settings.optLevel();
    }

    @Override
    public boolean simulated() {
        return false;
    }

    @Override
    public CompletableFuture<Measurement> measureModel(ModelSpec model, ProgressMonitor pm) {
        ProgressMonitor monitor = pm == null ? ProgressMonitor.NONE : pm;
        List<Integer> widths = model.convs().stream().map(LayerConfig::cout).toList();
        CompletableFuture<Measurement> f = CompletableFuture.supplyAsync(() -> {
            if (monitor.isCancelled()) throw new java.util.concurrent.CancellationException();
            monitor.progress(0, 1, "local: measuring " + label + " pruned to " + widths);
            try {
                byte[] pruned = OnnxPruner.prune(onnx, label, widths).onnx();
                Measurement m = measured(client.measureOnnx(pruned, settings));
                monitor.progress(1, 1, "local: measured " + label);
                return m;
            } catch (MeasurementException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new MeasurementException("local could not measure " + label + " pruned to " + widths + ": "
                        + e.getMessage(), e);
            }
        }, executor);
        // Cancelling cannot interrupt the worker process's run: kill it (the next measurement starts a new one).
        f.whenComplete((v, e) -> {
            if (f.isCancelled()) client.abort();
        });
        return f;
    }

    @Override
    public CompletableFuture<Measurement> measureLayer(LayerConfig layer, ProgressMonitor pm) {
        return CompletableFuture.failedFuture(new MeasurementException(
                "the pruned-ONNX source measures whole models only; use --device local for layers"));
    }

    /** A worker measurement as the sessions record it. */
    public static Measurement measured(LocalMeasurement m) {
        return LocalSource.toMeasurement(m, "; pruned ONNX");
    }

    @Override
    public void close() {
        executor.shutdownNow();
        client.close();
    }
}
