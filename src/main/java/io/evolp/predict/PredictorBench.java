package io.evolp.predict;

import io.evolp.core.Stats;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.core.ModelSpec;
import io.evolp.task.ProgressMonitor;

import java.util.List;

/** Benchmarks behind {@code evolp bench}: evolp training time and whole-model prediction rate. */
public final class PredictorBench {

    /** Keeps the JIT from discarding predictions nobody reads. */
    private static volatile double sink;

    private PredictorBench() {
    }

    /** Median wall time in ms of training all evolp nets of {@code ds} with default options. */
    public static double trainMillis(LayerDataset ds, int repeats) {
        int n = Math.max(1, repeats);
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            LatencyPredictor p = Predictors.train(EvolpPredictor.KIND, ds, TrainOptions.defaults(), ProgressMonitor.NONE);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            sink += p.hashCode();
        }
        return Stats.median(ms);
    }

    /**
     * Whole-model predictions per second ({@link LatencyPredictor#predictModel}, i.e. with the
     * per-layer list and unseen-key check a caller gets), after a short warm-up, over about
     * {@code seconds} of wall time.
     */
    public static double predictionsPerSecond(LatencyPredictor p, ModelSpec model, double seconds) {
        long budget = (long) (Math.max(seconds, 0.01) * 1e9);
        run(p, model, Math.min(budget / 4, 300_000_000L)); // warm-up so the JIT has compiled the path
        long t0 = System.nanoTime();
        long count = run(p, model, budget);
        return count / ((System.nanoTime() - t0) / 1e9);
    }

    private static long run(LatencyPredictor p, ModelSpec model, long nanos) {
        long end = System.nanoTime() + nanos;
        long count = 0;
        double acc = 0;
        do {
            for (int i = 0; i < 1000; i++) acc += p.predictModel(model).latencyMs();
            count += 1000;
        } while (System.nanoTime() < end);
        sink += acc;
        return count;
    }

    /** Sum-only rate through {@link KeyedPredictor#predictSum}, for comparison with predictModel. */
    public static double sumsPerSecond(EvolpPredictor p, List<LayerConfig> layers, double seconds) {
        long budget = (long) (Math.max(seconds, 0.01) * 1e9);
        long end = System.nanoTime() + budget / 4;
        double acc = 0;
        while (System.nanoTime() < end) for (int i = 0; i < 1000; i++) acc += p.predictSum(layers);
        long t0 = System.nanoTime();
        end = t0 + budget;
        long count = 0;
        do {
            for (int i = 0; i < 1000; i++) acc += p.predictSum(layers);
            count += 1000;
        } while (System.nanoTime() < end);
        sink += acc;
        return count / ((System.nanoTime() - t0) / 1e9);
    }
}
