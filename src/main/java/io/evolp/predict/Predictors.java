package io.evolp.predict;

import io.evolp.core.LayerDataset;
import io.evolp.task.ProgressMonitor;

import java.util.List;
import java.util.Set;
import io.evolp.core.ConfigKey;

/** Entry point for training predictors by kind id (the CLI's {@code --predictor}, the GUI's choice). */
public final class Predictors {

    private static final List<String> KINDS = List.of(AutoPredictor.KIND, EvolpPredictor.KIND, GbtPredictor.KIND,
            GpPredictor.KIND, HybridPredictor.KIND, ForestPredictor.KIND, LutPredictor.KIND, FlopsPredictor.KIND);

    private Predictors() {
    }

    /** Known kinds, the default ({@code auto}) first: auto, evolp, gbt, gp, hybrid, forest, lut, flops. */
    public static List<String> kinds() {
        return KINDS;
    }

    /**
     * Trains a predictor of the given kind on one device's rows. Reports progress per key (evolp,
     * lut) or per tree (forest) and stops with {@link io.evolp.task.CancelledException} when
     * {@code pm} is cancelled.
     *
     * @throws IllegalArgumentException for an unknown kind or an empty dataset
     */
    public static LatencyPredictor train(String kind, LayerDataset data, TrainOptions opts, ProgressMonitor pm) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("unknown predictor kind '" + kind + "' (expected one of "
                    + String.join(", ", KINDS) + ")");
        }
        if (data.isEmpty()) throw new IllegalArgumentException("cannot train a predictor on an empty dataset");
        ProgressMonitor monitor = pm == null ? ProgressMonitor.NONE : pm;
        monitor.checkCancelled();
        return switch (kind) {
            case EvolpPredictor.KIND -> EvolpPredictor.train(data, opts, monitor);
            case LutPredictor.KIND -> LutPredictor.train(data, monitor);
            case FlopsPredictor.KIND -> {
                LatencyPredictor p = FlopsPredictor.train(data);
                monitor.progress(1, 1, "fitted latency = a·MACs + b");
                yield p;
            }
            case GbtPredictor.KIND -> GbtPredictor.train(data, opts, monitor);
            case GpPredictor.KIND -> GpPredictor.train(data, opts, monitor);
            case HybridPredictor.KIND -> HybridPredictor.train(data, opts, monitor);
            case AutoPredictor.KIND -> AutoPredictor.train(data, opts, monitor);
            default -> ForestPredictor.train(data, opts, monitor);
        };
    }

    /**
     * Layer-level evolution: {@code base} updated for new rows of {@code keys} in {@code data} (all
     * rows of the device, old and new). Per-key predictors (evolp, lut) retrain only those keys;
     * the global models (flops, forest) have no per-key parts and are retrained on all of data.
     */
    public static LatencyPredictor retrainKeys(LatencyPredictor base, LayerDataset data, Set<ConfigKey> keys,
                                               TrainOptions opts, ProgressMonitor pm) {
        ProgressMonitor monitor = pm == null ? ProgressMonitor.NONE : pm;
        if (base instanceof EvolpPredictor e) return e.retrainKeys(data, keys, opts, monitor);
        if (base instanceof LutPredictor l) return l.retrainKeys(data, keys, monitor);
        return train(base.kind(), data.withDevice(base.device()), opts, monitor);
    }
}
