package io.evolp.measure.sim;

import io.evolp.core.Stats;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.core.ModelSpec;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A <b>simulated</b> edge device: an analytic roofline model ({@link RooflineCost}) of Conv+BN+ReLU
 * layers plus seeded measurement noise. It stands in for a real board until real measurements
 * exist; its numbers are never measurements, and its {@link #name()} always says "simulated".
 *
 * <p>Noise: each measurement is {@code true · exp(σ·Z)} (Z standard normal, so the median of many
 * measurements is the true value), and with probability {@code pSpike} additionally
 * {@code · (1 + U·spikeMax)} — the occasional interrupted run. Whole models:
 * {@code true = scale · Σ true layers + overhead} per profile, which is the gap between the sum of
 * layer latencies and a real whole-model run that EvoLP's evolving correction learns.
 *
 * <p>Deterministic: the same profile, seed and sequence of calls give the same numbers. Calls are
 * synchronized so the random sequence stays well-defined, but the order of concurrent calls is
 * not, so measure from one thread when reproducibility matters.
 */
public final class SimulatedDevice {

    private final DeviceProfile profile;
    private final long seed;
    private final SplittableRandom random;

    public SimulatedDevice(DeviceProfile profile, long seed) {
        this.profile = profile;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
    }

    /** {@code simulated-<id>}, e.g. {@code simulated-tx2}. */
    public String name() {
        return "simulated-" + profile.id();
    }

    public DeviceProfile profile() {
        return profile;
    }

    public long seed() {
        return seed;
    }

    /** Roofline breakdown of a layer's noise-free time. */
    public RooflineCost cost(LayerConfig c) {
        return RooflineCost.of(profile, c);
    }

    /** Noise-free latency of one layer, ms. */
    public double trueLayerMs(LayerConfig c) {
        return cost(c).totalMs();
    }

    /** One noisy measurement of a layer, ms. */
    public synchronized double measureLayerMs(LayerConfig c) {
        return trueLayerMs(c) * noiseFactor();
    }

    /**
     * Noise-free whole-model latency: {@code scale · Σ layers + overhead}, ms. The one definition of
     * a simulated whole model: {@code evolp simulate --models}, the compression session's simulated
     * source and the GUI's simulated devices all measure this (with this device's noise).
     */
    public double trueModelMs(ModelSpec m) {
        double sum = 0;
        for (LayerConfig c : m.convs()) sum += trueLayerMs(c);
        return profile.modelScale * sum + profile.modelOverheadMs;
    }

    /** One noisy reading of a quantity whose noise-free value is {@code trueMs} (this device's noise). */
    public synchronized double noisy(double trueMs) {
        return trueMs * noiseFactor();
    }

    /** One noisy whole-model measurement, ms. */
    public synchronized double measureModelMs(ModelSpec m) {
        return trueModelMs(m) * noiseFactor();
    }

    /** {@code repeats} noisy whole-model runs, ms, in run order. */
    public synchronized double[] measureModelRuns(ModelSpec m, int repeats) {
        if (repeats < 1) throw new IllegalArgumentException("repeats must be at least 1, was " + repeats);
        double[] runs = new double[repeats];
        for (int r = 0; r < repeats; r++) runs[r] = measureModelMs(m);
        return runs;
    }

    /**
     * Measures every plan row {@code repeats} times and records the median, as a real campaign
     * would (DESIGN §1.3). The spread is kept in extra columns {@code latency_min} and
     * {@code latency_max}. The dataset's device is {@link #name()}, also written as a {@code device}
     * column so a saved file says which (simulated) device it came from whatever its file name.
     */
    public synchronized LayerDataset measurePlan(List<LayerConfig> plan, int repeats) {
        if (repeats < 1) throw new IllegalArgumentException("repeats must be at least 1, was " + repeats);
        LayerDataset.Builder b = LayerDataset.builder(name(), List.of("device", "latency_min", "latency_max"));
        double[] runs = new double[repeats];
        for (LayerConfig c : plan) {
            double t = trueLayerMs(c);
            for (int r = 0; r < repeats; r++) runs[r] = t * noiseFactor();
            Arrays.sort(runs);
            double median = Stats.medianOfSorted(runs);
            b.add(c, median, 0, new String[]{name(), Double.toString(runs[0]), Double.toString(runs[repeats - 1])});
        }
        return b.build();
    }

    private double noiseFactor() {
        double f = Math.exp(profile.noiseSigma * random.nextGaussian());
        if (random.nextDouble() < profile.spikeProbability) {
            f *= 1 + random.nextDouble() * profile.spikeMax;
        }
        return f;
    }
}
