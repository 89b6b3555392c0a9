package io.evolp.predict;

import io.evolp.core.Stats;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
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
        return Stats.median(trainMillis(EvolpPredictor.KIND, ds, repeats));
    }

    /** Wall time in ms of each of {@code repeats} trainings of {@code kind} on {@code ds}. */
    public static double[] trainMillis(String kind, LayerDataset ds, int repeats) {
        int n = Math.max(1, repeats);
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            LatencyPredictor p = Predictors.train(kind, ds, TrainOptions.defaults(), ProgressMonitor.NONE);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            sink += p.hashCode();
        }
        return ms;
    }

    /**
     * {@code count} models of {@code arch} with every layer's width drawn uniformly from
     * [1, full width] — the distinct candidates a compression search produces.
     */
    public static List<ModelSpec> randomWidthModels(String arch, int count, long seed) {
        int[] full = Zoo.get(arch).fullWidths();
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        List<ModelSpec> out = new java.util.ArrayList<>(count);
        for (int m = 0; m < count; m++) {
            int[] w = new int[full.length];
            for (int i = 0; i < w.length; i++) w[i] = 1 + rng.nextInt(full[i]);
            out.add(Zoo.model(arch, w));
        }
        return out;
    }

    /**
     * Whole-model predictions per second over a cycle of distinct models (so nothing a predictor
     * could cache for one repeated model helps), after a warm-up, over about {@code seconds}.
     */
    public static double cyclePredictionsPerSecond(LatencyPredictor p, List<ModelSpec> models, double seconds) {
        long budget = (long) (Math.max(seconds, 0.01) * 1e9);
        runCycle(p, models, Math.min(budget / 4, 300_000_000L));
        long t0 = System.nanoTime();
        long count = runCycle(p, models, budget);
        return count / ((System.nanoTime() - t0) / 1e9);
    }

    private static long runCycle(LatencyPredictor p, List<ModelSpec> models, long nanos) {
        long end = System.nanoTime() + nanos;
        long count = 0;
        double acc = 0;
        int n = models.size();
        do {
            for (int i = 0; i < n; i++) acc += p.predictModel(models.get(i)).latencyMs();
            count += n;
        } while (System.nanoTime() < end);
        sink += acc;
        return count;
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
