package io.evolp.ui.devices;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.measure.Measurement;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.SimulatedSource;
import io.evolp.measure.sim.DeviceProfile;
import io.evolp.task.ProgressMonitor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A simulated device that takes {@code delayMs} of wall time per layer, like a board would: for cancel tests. */
final class SlowSource implements MeasurementSource {

    private final SimulatedSource inner;
    private final long delayMs;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "slow-source");
        t.setDaemon(true);
        return t;
    });

    private final int lostAtCall;
    private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

    SlowSource(String spec, long delayMs) {
        this(spec, delayMs, -1);
    }

    /** @param lostAtCall the layer measurement (1-based) that finds the device unreachable, once; -1 never */
    SlowSource(String spec, long delayMs, int lostAtCall) {
        this.inner = new SimulatedSource(DeviceProfile.parse(spec), SimulatedSource.Options.defaults());
        this.delayMs = delayMs;
        this.lostAtCall = lostAtCall;
    }

    @Override public String id() { return inner.id(); }
    @Override public String description() { return inner.description() + " (slowed down for a test)"; }
    @Override public boolean simulated() { return true; }

    @Override
    public CompletableFuture<Measurement> measureModel(ModelSpec model, ProgressMonitor pm) {
        return inner.measureModel(model, pm);
    }

    @Override
    public CompletableFuture<Measurement> measureLayer(LayerConfig layer, ProgressMonitor pm) {
        // Like a real source: a cancelled monitor cancels the future (not a failed measurement).
        CompletableFuture<Measurement> f = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (calls.incrementAndGet() == lostAtCall) {
                f.completeExceptionally(new io.evolp.measure.DeviceLostException("test board unplugged", null));
            } else if (pm != null && pm.isCancelled()) f.cancel(false);
            else f.complete(inner.measureLayer(layer, ProgressMonitor.NONE).join());
        });
        return f;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        inner.close();
    }
}
