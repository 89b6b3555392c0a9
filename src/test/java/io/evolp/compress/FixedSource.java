package io.evolp.compress;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.measure.Measurement;
import io.evolp.measure.MeasurementSource;
import io.evolp.task.ProgressMonitor;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.ToDoubleFunction;

/** A noise-free, already-completed measurement source for tests: latency = a given function of the model. */
class FixedSource implements MeasurementSource {

    private final ToDoubleFunction<ModelSpec> latency;

    FixedSource(ToDoubleFunction<ModelSpec> latency) {
        this.latency = latency;
    }

    @Override public String id() { return "fixed:test"; }

    @Override public String description() { return "test function (simulated)"; }

    @Override public boolean simulated() { return true; }

    @Override
    public CompletableFuture<Measurement> measureModel(ModelSpec model, ProgressMonitor pm) {
        return CompletableFuture.completedFuture(new Measurement(latency.applyAsDouble(model), 0, 1,
                Instant.parse("2024-01-01T00:00:00Z"), id(), true, ""));
    }

    @Override
    public CompletableFuture<Measurement> measureLayer(LayerConfig layer, ProgressMonitor pm) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("layers are not measured here"));
    }

    @Override public void close() { }
}
