package io.evolp.measure;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.task.ProgressMonitor;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Something that measures layers and whole models: a simulated device, a replay file, later a local
 * runtime or a remote board. Asynchronous so a GUI or a compression loop can carry on while a
 * measurement runs.
 *
 * <p>Contract for every implementation:
 * <ul>
 *   <li>Cancellation: {@code future.cancel(…)} or a cancelled {@link ProgressMonitor} stops the
 *       measurement at the next run boundary; either way the future ends up cancelled
 *       ({@link CompletableFuture#isCancelled()}), so callers check one thing.</li>
 *   <li>Failure: the future completes exceptionally with a {@link MeasurementException} whose
 *       message names the source and the problem.</li>
 *   <li>{@link #close()} releases threads or connections; measuring afterwards fails.</li>
 * </ul>
 */
public interface MeasurementSource extends AutoCloseable {

    /** Spec-like id, e.g. {@code simulated:tx2} or {@code replay:runs.jsonl}. */
    String id();

    /** One line for the user, saying plainly when the source is simulated. */
    String description();

    /** True when results come from a model of a device rather than hardware. */
    boolean simulated();

    CompletableFuture<Measurement> measureModel(ModelSpec model, ProgressMonitor pm);

    /**
     * How long a measurement meant to be independent of the ones before it (a compression session's
     * confirmation) waits after the last one ended: {@link #REAL_DEVICE_GAP} for real hardware, zero
     * for sources whose measurements are independent by construction (simulated, replayed).
     */
    default Duration independenceGap() {
        return simulated() ? Duration.ZERO : REAL_DEVICE_GAP;
    }

    /**
     * Why 10 s: a real device's speed has states that last seconds. Measured on the lab VM (README,
     * issue 10): a pruned ResNet-50 re-measured every 5 s sat at 24.1–24.8 ms with bursts of 27.9–28.2 ms
     * lasting one to two measurements (10–15 s), and a whole compression session (14 s) once ran 15 %
     * slower than every re-measurement after it, so its back-to-back "confirmation" agreed with a state
     * that did not last. Boards throttle on a similar scale. A confirmation taken after the device's
     * state had time to change shows such a swing as disagreement instead of hiding it.
     */
    Duration REAL_DEVICE_GAP = Duration.ofSeconds(10);

    CompletableFuture<Measurement> measureLayer(LayerConfig layer, ProgressMonitor pm);

    /** Releases resources; never throws a checked exception. */
    @Override
    void close();
}
