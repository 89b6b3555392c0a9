package io.evolp.measure;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.task.ProgressMonitor;

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

    CompletableFuture<Measurement> measureLayer(LayerConfig layer, ProgressMonitor pm);

    /** Releases resources; never throws a checked exception. */
    @Override
    void close();
}
