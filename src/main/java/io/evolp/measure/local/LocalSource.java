package io.evolp.measure.local;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.measure.Measurement;
import io.evolp.measure.MeasurementException;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.RunDetails;
import io.evolp.task.ProgressMonitor;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code local} — real measurements on this machine with ONNX Runtime, run in a {@link LocalWorker}
 * process. Layers are measured as their layer module (per-layer time = module time / repeats); models
 * as {@code OnnxExport.model} (explicit conv lists must chain). One measurement at a time, in
 * submission order. Cancelling (future or monitor) kills the worker at once — there is no run
 * boundary to wait for inside another process — and the next measurement starts a new worker.
 */
public final class LocalSource implements MeasurementSource {

    private static final long CANCEL_POLL_MS = 100;

    private final LocalWorkerClient client;
    private final LocalSettings settings;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> daemon(r, "evolp-local"));
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "evolp-local-cancel"));

    public LocalSource(LocalWorkerClient client, LocalSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** A source with its own worker client (default worker command). */
    public LocalSource(LocalSettings settings) {
        this(new LocalWorkerClient(), settings);
    }

    @Override
    public String id() {
        return "local";
    }

    @Override
    public String description() {
        return "this machine (" + RuntimeFacts.currentCpu() + "), ONNX Runtime in a worker process, "
                + settings.intraOpThreads() + " intra-op thread(s), optimisation " + settings.optLevel()
                + ", " + settings.rounds() + " rounds × " + settings.repeats() + " runs after " + settings.warmup()
                + " warm-up, layer modules of " + settings.moduleRepeats() + " copies";
    }

    @Override
    public boolean simulated() {
        return false;
    }

    public LocalSettings settings() {
        return settings;
    }

    @Override
    public CompletableFuture<Measurement> measureModel(ModelSpec model, ProgressMonitor pm) {
        String what = "model '" + model.name() + "'";
        ProgressMonitor monitor = pm == null ? ProgressMonitor.NONE : pm;
        // Rounds done / total from the worker, so a progress bar moves during a real measurement.
        return submit(what, () -> client.measureModel(model, settings,
                (done, total) -> monitor.progress(done, total, "local: " + what + ", round " + done + " of " + total)), pm);
    }

    @Override
    public CompletableFuture<Measurement> measureLayer(LayerConfig layer, ProgressMonitor pm) {
        return submit("layer " + layer, () -> client.measureLayer(layer, settings), pm);
    }

    private CompletableFuture<Measurement> submit(String what, Supplier<LocalMeasurement> job, ProgressMonitor pm) {
        ProgressMonitor monitor = pm == null ? ProgressMonitor.NONE : pm;
        CompletableFuture<Measurement> result = new CompletableFuture<>();
        try {
            executor.execute(() -> run(what, job, monitor, result));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new MeasurementException("local source is closed; cannot measure " + what));
        }
        return result;
    }

    private void run(String what, Supplier<LocalMeasurement> job, ProgressMonitor pm, CompletableFuture<Measurement> result) {
        if (pm.isCancelled()) result.cancel(false);
        if (result.isDone()) return;
        ScheduledFuture<?> watch = watchdog.scheduleWithFixedDelay(() -> {
            if (pm.isCancelled()) result.cancel(false);
            if (result.isCancelled()) client.abort();
        }, CANCEL_POLL_MS, CANCEL_POLL_MS, TimeUnit.MILLISECONDS);
        try {
            pm.progress(0, 1, "local: measuring " + what);
            LocalMeasurement m = job.get();
            pm.progress(1, 1, "local: measured " + what);
            result.complete(toMeasurement(m));
        } catch (MeasurementException e) {
            result.completeExceptionally(result.isCancelled() ? e : new MeasurementException("local could not measure " + what + ": " + e.getMessage(), e));
        } catch (RuntimeException e) {
            result.completeExceptionally(new MeasurementException("local could not measure " + what + ": " + e.getMessage(), e));
        } finally {
            watch.cancel(false);
        }
    }

    static Measurement toMeasurement(LocalMeasurement m) {
        return toMeasurement(m, m.divisor() > 1 ? "; per layer = module / " + m.divisor() : "");
    }

    /** A worker measurement as sessions record it: median, spread, runs and the runtime facts in the note. */
    public static Measurement toMeasurement(LocalMeasurement m, String noteSuffix) {
        return toMeasurement(m, noteSuffix, "local");
    }

    /** The same for a worker that ran elsewhere (an agent): {@code sourceId} names where it was measured. */
    public static Measurement toMeasurement(LocalMeasurement m, String noteSuffix, String sourceId) {
        String note = String.format(Locale.ROOT, "%s; IQR %.4f ms over %d runs in %d rounds%s",
                m.facts().summary(), m.iqrMs(), m.runs(), m.roundMediansMs().length, noteSuffix);
        List<Double> rounds = Arrays.stream(m.roundMediansMs()).boxed().toList();
        RunDetails details = new RunDetails(m.minMs(), m.q1Ms(), m.q3Ms(), m.maxMs(), rounds, m.facts().toMap());
        return new Measurement(m.medianMs(), m.maxMs() - m.minMs(), m.runs(), Instant.now(), sourceId, false, note, details);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        watchdog.shutdownNow();
        client.close();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
