package io.evolp.evolve;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerDataset;
import io.evolp.core.ModelSpec;
import io.evolp.measure.Measurement;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.task.ProgressMonitor;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The evolving predictor of one device as it changes over time: whole-model measurements refit the
 * correction at once; measured layer samples join the device's dataset and retrain only the keys
 * they touch, off the caller's thread, after which the predictor switches to the new base.
 *
 * <p>Thread-safe: state lives in atomic references and every update is a pure function of the
 * previous state, so a whole-model point added while layer retraining runs is not lost when the
 * retrained base is swapped in.
 */
public final class LayerEvolution {

    private final AtomicReference<EvolvingPredictor> predictor;
    private final AtomicReference<LayerDataset> data;
    private final TrainOptions options;

    public LayerEvolution(EvolvingPredictor start, LayerDataset deviceData, TrainOptions options) {
        this.predictor = new AtomicReference<>(start);
        this.data = new AtomicReference<>(deviceData);
        this.options = options;
    }

    public EvolvingPredictor current() {
        return predictor.get();
    }

    public LayerDataset dataset() {
        return data.get();
    }

    /** Adds one whole-model measurement; the correction is refitted immediately. */
    public EvolvingPredictor addModelMeasurement(ModelSpec model, Measurement m) {
        return update(p -> p.withMeasurement(model, m));
    }

    /**
     * Adds measured layer rows of this device and retrains the affected keys on {@code executor}.
     * The returned future completes with the evolved predictor once it is in use; until then
     * {@link #current()} keeps answering with the previous base.
     */
    public CompletableFuture<EvolvingPredictor> addLayerSamples(LayerDataset samples, Executor executor,
                                                                ProgressMonitor pm) {
        Set<ConfigKey> keys = new LinkedHashSet<>(samples.rowsByKey().keySet());
        LayerDataset merged = data.updateAndGet(d -> d.concat(samples.withDevice(d.device())));
        LatencyPredictor base = predictor.get().base();
        return CompletableFuture.supplyAsync(
                () -> Predictors.retrainKeys(base, merged, keys, options, pm), executor)
                .thenApply(newBase -> update(p -> p.withBase(newBase)));
    }

    private EvolvingPredictor update(UnaryOperator<EvolvingPredictor> f) {
        return predictor.updateAndGet(f);
    }
}
