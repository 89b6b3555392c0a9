package io.evolp.measure.campaign;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.measure.Measurement;
import io.evolp.measure.MeasurementException;
import io.evolp.measure.MeasurementSource;
import io.evolp.task.ProgressMonitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * A test double: answers layer requests at once with a deterministic latency derived from the layer
 * (so a row's value can be checked), or with the failure a script chooses for call number n.
 */
final class ScriptedSource implements MeasurementSource {

    /** Returns the exception for call {@code n} (0-based) of {@code layer}, or null to answer. */
    private final BiFunction<Integer, LayerConfig, RuntimeException> script;
    final List<LayerConfig> calls = new ArrayList<>();
    private String description = "scripted test device";

    ScriptedSource(BiFunction<Integer, LayerConfig, RuntimeException> script) {
        this.script = script;
    }

    ScriptedSource describedAs(String d) {
        description = d;
        return this;
    }

    static double latencyOf(LayerConfig c) {
        return 0.01 + c.macs() / 1e7;
    }

    @Override public String id() { return "scripted"; }
    @Override public String description() { return description; }
    @Override public boolean simulated() { return true; }

    @Override
    public CompletableFuture<Measurement> measureModel(ModelSpec model, ProgressMonitor pm) {
        return CompletableFuture.failedFuture(new MeasurementException("no models here"));
    }

    @Override
    public synchronized CompletableFuture<Measurement> measureLayer(LayerConfig layer, ProgressMonitor pm) {
        int n = calls.size();
        calls.add(layer);
        RuntimeException e = script.apply(n, layer);
        if (e != null) return CompletableFuture.failedFuture(e);
        double v = latencyOf(layer);
        return CompletableFuture.completedFuture(Measurement.ofRuns(new double[]{v * 0.9, v, v * 1.2}, Instant.now(), id(), true, ""));
    }

    @Override public void close() { }
}
