package io.evolp.measure;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.measure.sim.DeviceProfile;
import io.evolp.measure.sim.SimulatedDevice;
import io.evolp.task.ProgressMonitor;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.DoubleSupplier;
import java.util.function.ToDoubleFunction;

/**
 * {@code simulated:<profile>} — measurements from a {@link SimulatedDevice}, run on the source's own
 * single thread. One thread on purpose: the device's random sequence is consumed in submission
 * order, so a seed gives the same numbers run after run (submit from one thread for that).
 *
 * <p>Each measurement takes {@link Options#repeats()} noisy runs and reports median, range and
 * quartiles (so a session knows the spread; the noise of a simulated device is known exactly).
 * Whole models are the device's one definition, {@link SimulatedDevice#trueModelMs(ModelSpec)} —
 * the same numbers {@code evolp simulate --models} writes (a separate fusion discount here once made
 * the two disagree by 12 % on ResNet-50). {@link Options#modelTruth()} replaces that (tests use e.g.
 * "1.3 × a predictor's raw sum").
 * Slow drift multiplies the true value by {@code 1 + drift · measurementsTaken} (a warming board).
 * Optional wall time sleeps {@code wallTimeScale ×} each simulated run so a classroom can watch.
 * Every result is labelled simulated.
 */
public final class SimulatedSource implements MeasurementSource {

    /** Sleep slices while simulating wall time, so a cancelled monitor is noticed quickly. */
    private static final long SLICE_MS = 50;

    /**
     * @param driftPerMeasurement relative increase of the true latency per measurement taken (0 = none)
     * @param wallTimeScale       real milliseconds slept per simulated millisecond (0 = no waiting)
     * @param modelTruth          noise-free whole-model latency, or null for the device's own
     */
    public record Options(long seed, int repeats, double driftPerMeasurement,
                          double wallTimeScale, ToDoubleFunction<ModelSpec> modelTruth) {
        public Options {
            if (repeats < 1) throw new IllegalArgumentException("repeats must be >= 1, was " + repeats);
            if (!(driftPerMeasurement >= 0)) throw new IllegalArgumentException("drift must be >= 0");
            if (!(wallTimeScale >= 0)) throw new IllegalArgumentException("wall time scale must be >= 0");
        }

        /** Seed 1, 5 repeats, no drift, no waiting, the device's own whole-model latency. */
        public static Options defaults() {
            return new Options(1, 5, 0, 0, null);
        }

        public Options withSeed(long s) { return new Options(s, repeats, driftPerMeasurement, wallTimeScale, modelTruth); }
        public Options withRepeats(int r) { return new Options(seed, r, driftPerMeasurement, wallTimeScale, modelTruth); }
        public Options withDrift(double d) { return new Options(seed, repeats, d, wallTimeScale, modelTruth); }
        public Options withWallTimeScale(double w) { return new Options(seed, repeats, driftPerMeasurement, w, modelTruth); }
        public Options withModelTruth(ToDoubleFunction<ModelSpec> t) { return new Options(seed, repeats, driftPerMeasurement, wallTimeScale, t); }
    }

    private final SimulatedDevice device;
    private final Options options;
    private final ExecutorService executor;
    private final Clock clock = Clock.systemUTC();
    private long taken; // measurements started; touched only on the executor thread

    public SimulatedSource(DeviceProfile profile, Options options) {
        this.device = new SimulatedDevice(profile, options.seed());
        this.options = options;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "evolp-" + device.name());
            t.setDaemon(true); // a forgotten close() must not keep the JVM alive
            return t;
        });
    }

    @Override public String id() { return "simulated:" + device.profile().id(); }

    @Override public String description() {
        return device.profile().description() + ", seed " + options.seed() + ", " + options.repeats()
                + " runs per measurement — simulated numbers, not measurements of hardware";
    }

    @Override public boolean simulated() { return true; }

    public Options options() { return options; }

    public SimulatedDevice device() { return device; }

    @Override
    public CompletableFuture<Measurement> measureModel(ModelSpec model, ProgressMonitor pm) {
        ToDoubleFunction<ModelSpec> truth = options.modelTruth() != null ? options.modelTruth()
                : device::trueModelMs;
        return submit("model '" + model.name() + "'", () -> truth.applyAsDouble(model), pm);
    }

    @Override
    public CompletableFuture<Measurement> measureLayer(LayerConfig layer, ProgressMonitor pm) {
        return submit("layer " + layer, () -> device.trueLayerMs(layer), pm);
    }

    private CompletableFuture<Measurement> submit(String what, DoubleSupplier trueMs, ProgressMonitor pm) {
        ProgressMonitor monitor = pm == null ? ProgressMonitor.NONE : pm;
        CompletableFuture<Measurement> result = new CompletableFuture<>();
        try {
            Future<?> task = executor.submit(() -> run(what, trueMs, monitor, result));
            // CompletableFuture.cancel cannot interrupt; forward it so a simulated-wall-time sleep ends.
            result.whenComplete((m, e) -> {
                if (result.isCancelled()) task.cancel(true);
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new MeasurementException(id() + " is closed; cannot measure " + what));
        }
        return result;
    }

    private void run(String what, DoubleSupplier trueMs, ProgressMonitor pm, CompletableFuture<Measurement> result) {
        if (result.isDone()) return;
        try {
            double truth = trueMs.getAsDouble() * (1 + options.driftPerMeasurement() * taken++);
            if (!(truth > 0) || Double.isInfinite(truth)) {
                throw new MeasurementException(id() + ": true latency of " + what + " is not a positive number (" + truth + ")");
            }
            int n = options.repeats();
            double[] runs = new double[n];
            for (int r = 0; r < n; r++) {
                if (stopped(pm, result)) return;
                runs[r] = device.noisy(truth);
                if (!waitWallTime(runs[r], pm, result)) return;
                pm.progress(r + 1, n, id() + ": run " + (r + 1) + " of " + n + " of " + what);
            }
            if (stopped(pm, result)) return;
            result.complete(Measurement.ofRuns(runs, clock.instant(), id(), true, ""));
        } catch (MeasurementException e) {
            result.completeExceptionally(e);
        } catch (RuntimeException e) {
            result.completeExceptionally(new MeasurementException(id() + " could not measure " + what + ": " + e.getMessage(), e));
        }
    }

    /** True (and the future cancelled) when the caller asked to stop. */
    private static boolean stopped(ProgressMonitor pm, CompletableFuture<Measurement> result) {
        if (pm.isCancelled()) result.cancel(false);
        return result.isDone();
    }

    /** Sleeps the simulated time of one run; false when stopped meanwhile. */
    private boolean waitWallTime(double runMs, ProgressMonitor pm, CompletableFuture<Measurement> result) {
        long remaining = Math.round(runMs * options.wallTimeScale());
        try {
            while (remaining > 0) {
                if (stopped(pm, result)) return false;
                long slice = Math.min(SLICE_MS, remaining);
                Thread.sleep(slice);
                remaining -= slice;
            }
        } catch (InterruptedException e) {
            // Interrupted by a cancelled future (see submit); not an error.
            result.cancel(false);
            return false;
        }
        return true;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
