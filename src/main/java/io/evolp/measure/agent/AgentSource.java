package io.evolp.measure.agent;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.io.onnx.OnnxExport;
import io.evolp.measure.Measurement;
import io.evolp.measure.MeasurementException;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.local.LocalMeasurement;
import io.evolp.measure.local.LocalSettings;
import io.evolp.measure.local.LocalSource;
import io.evolp.task.ProgressMonitor;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * {@code agent:…} — real measurements on a remote device running {@code evolp agent}. Layers go to
 * the agent as JSON; models are exported here ({@link OnnxExport#model}), uploaded once per content
 * hash and measured there. One measurement at a time, in submission order.
 *
 * <p>An unreachable agent fails the measurement with a {@link io.evolp.measure.DeviceLostException};
 * nothing is kept from a failed connection, so the same source works again once the agent is back. An
 * agent busy with another client's work is waited for (up to {@code busyWait}), then reported.
 */
public final class AgentSource implements MeasurementSource {

    private static final Duration BUSY_RETRY = Duration.ofSeconds(2);

    private final AgentClient client;
    private final LocalSettings settings;
    private final Duration busyWait;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "evolp-agent-source");
        t.setDaemon(true);
        return t;
    });

    public AgentSource(AgentClient client, LocalSettings settings, Duration busyWait) {
        this.client = client;
        this.settings = settings;
        this.busyWait = busyWait;
    }

    public AgentSource(AgentClient client, LocalSettings settings) {
        this(client, settings, Duration.ofMinutes(10));
    }

    public AgentClient client() {
        return client;
    }

    public LocalSettings settings() {
        return settings;
    }

    @Override
    public String id() {
        return client.endpoint().id();
    }

    @Override
    public String description() {
        return "remote agent at " + client.endpoint().address() + ", ONNX Runtime in the agent's worker process, "
                + settings.intraOpThreads() + " intra-op thread(s), optimisation " + settings.optLevel() + ", "
                + settings.rounds() + " rounds × " + settings.repeats() + " runs";
    }

    @Override
    public boolean simulated() {
        return false;
    }

    @Override
    public CompletableFuture<Measurement> measureLayer(LayerConfig layer, ProgressMonitor pm) {
        return submit("layer " + AgentWireMapper.describe(layer), pm, c -> client.measureLayer(layer, settings, progress(pm, "layer"), c));
    }

    @Override
    public CompletableFuture<Measurement> measureModel(ModelSpec model, ProgressMonitor pm) {
        return submit("model '" + model.name() + "'", pm, c -> {
            byte[] onnx;
            try {
                onnx = OnnxExport.model(model);
            } catch (IllegalArgumentException e) {
                throw new MeasurementException("cannot export model '" + model.name() + "' to ONNX: " + e.getMessage(), e);
            }
            return client.measureOnnx(onnx, settings, progress(pm, "model '" + model.name() + "'"), c);
        });
    }

    private AgentClient.Progress progress(ProgressMonitor monitor, String what) {
        ProgressMonitor pm = monitor == null ? ProgressMonitor.NONE : monitor;
        return (done, total) -> pm.progress(done, total, id() + ": " + what + ", round " + Math.min(done + 1, total) + " of " + total);
    }

    private CompletableFuture<Measurement> submit(String what, ProgressMonitor pm, Function<BooleanSupplier, LocalMeasurement> job) {
        ProgressMonitor monitor = pm == null ? ProgressMonitor.NONE : pm;
        CompletableFuture<Measurement> result = new CompletableFuture<>();
        try {
            executor.execute(() -> run(what, monitor, job, result));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new MeasurementException(id() + " is closed; cannot measure " + what));
        }
        return result;
    }

    private void run(String what, ProgressMonitor pm, Function<BooleanSupplier, LocalMeasurement> job, CompletableFuture<Measurement> result) {
        BooleanSupplier cancelled = () -> pm.isCancelled() || result.isCancelled();
        long busyUntil = System.nanoTime() + busyWait.toNanos();
        while (!result.isDone()) {
            if (cancelled.getAsBoolean()) {
                result.cancel(false);
                return;
            }
            try {
                result.complete(toMeasurement(job.apply(cancelled)));
            } catch (AgentClient.AgentBusyException e) {
                if (System.nanoTime() > busyUntil) {
                    result.completeExceptionally(new MeasurementException(e.getMessage() + " — gave up after " + busyWait.toSeconds() + " s", e));
                } else {
                    pm.progress(0, 0, id() + " is busy with another client's measurement; waiting");
                    if (!sleep(BUSY_RETRY)) result.completeExceptionally(new MeasurementException(id() + " was closed while waiting for the agent"));
                }
            } catch (CancellationException e) {
                result.cancel(false);
            } catch (MeasurementException e) {
                result.completeExceptionally(e);
            } catch (RuntimeException e) {
                result.completeExceptionally(new MeasurementException(id() + " could not measure " + what + ": " + e.getMessage(), e));
            }
        }
    }

    /** The local worker's note and run details (quartiles, round medians, runtime facts), under this agent's id. */
    private Measurement toMeasurement(LocalMeasurement m) {
        return LocalSource.toMeasurement(m, m.divisor() > 1 ? "; per layer = module / " + m.divisor() : "", id());
    }

    /** @return false when interrupted (the source is closing) */
    private static boolean sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        client.close();
    }
}
