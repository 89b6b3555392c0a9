package io.evolp.predict.active;

import io.evolp.core.LayerConfig;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.eval.Splits;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which layers to measure: a greedy integrated-variance design ({@link VarianceCover}) over where the layers
 * lie ({@link #coords}: log sizes, kernel and stride, channel alignment to 4, depthwise, the source's log
 * predicted latency), standardised over the pool and measured layers, with an isotropic kernel of length
 * {@value #LENGTH} standard deviations and relative noise {@value #NOISE}. The rows a predictor is later
 * judged on are drawn like the pool, and this spreads the picks over it by its density — representative
 * layers of the dense parts first, every region and key reached as picks accumulate — where a random draw
 * clumps and leaves holes. Offline (scikit-learn's process on the picks, 8 CPU A↔D pairs, 5 seeds) the
 * length 4 and noise 0.1 were the best at 30 rows of the lengths 2–8 and noises 0.1–1 tried. In
 * {@code validate --active} (issue 14, docs/new-device-measurements.md), active − random transfer at 30 / 100 rows: CPU A↔D +0.6 / +2.9 (the family shares with facility location
 * it replaced: −5.1 / +1.2), V100 TensorRT precisions −3.1 / +2.3 (replaced: +0.7 / +3.1).
 * A per-layer disagreement (ensemble spread in log latency) weighs each layer's variance by up to
 * {@value #MAX_WEIGHT}×, so regions the candidates disagree about count more — capped, because pure
 * disagreement chases the few layers the models get wildest about, on a noisy device mostly outliers.
 */
public final class ActiveSelector {

    static final double LENGTH = 4, NOISE = 0.1;
    /** Largest factor disagreement may weigh a layer by. */
    static final double MAX_WEIGHT = 2;
    /**
     * Above this many candidates the picks come from a seeded draw of them, and above {@value #MAX_MEASURED}
     * measured layers the design conditions on a seeded draw of those: the covariance is kept whole,
     * 8·M² bytes (32 MB at M = 2,000 + 0) and M² per pick.
     */
    static final int MAX_POOL = 2000, MAX_MEASURED = 500;

    private ActiveSelector() {
    }

    /**
     * @param pool         candidate layers
     * @param measured     layers already measured (picks keep away from them)
     * @param n            how many to pick (fewer if the pool is smaller)
     * @param source       a source-device predictor, or null (then no latency coordinate)
     * @param disagreement per pool layer, the ensemble spread in log latency, or null
     * @return indices into {@code pool}, in pick order
     */
    public static int[] select(List<LayerConfig> pool, List<LayerConfig> measured, int n, LatencyPredictor source,
                               double[] disagreement, long seed) {
        int[] cand = Splits.draw(pool.size(), MAX_POOL, seed);
        int[] known = Splits.draw(measured.size(), MAX_MEASURED, seed + 1);
        n = Math.min(n, cand.length);
        double[][] z = new double[cand.length + known.length][];
        for (int i = 0; i < cand.length; i++) z[i] = coords(pool.get(cand[i]), source);
        for (int i = 0; i < known.length; i++) z[cand.length + i] = coords(measured.get(known[i]), source);
        standardise(z);
        double[] w = weights(disagreement, pool.size());
        double[] cw = new double[cand.length];
        for (int i = 0; i < cand.length; i++) cw[i] = w[cand[i]];
        VarianceCover cover = new VarianceCover(z, cand.length, cw, LENGTH, NOISE);
        for (int i = 0; i < known.length; i++) cover.condition(cand.length + i);
        SplittableRandom rnd = new SplittableRandom(seed);
        boolean[] taken = new boolean[cand.length];
        int[] picks = new int[n];
        for (int p = 0; p < n; p++) {
            int best = cover.pick(taken, rnd);
            taken[best] = true;
            cover.condition(best);
            picks[p] = cand[best];
        }
        return picks;
    }

    /**
     * Where a layer lies: log input size, log channels in and out, kernel and stride, channel alignment to 4
     * (both sides), depthwise, and with a source its log predicted latency. Not the gp's derived inputs
     * (MACs, tensor elements, groups): they repeat the channels and sizes, and under an isotropic kernel
     * a depthwise layer's channel count (cin = cout = groups) would count several times over. With them
     * the design lost 7.0 points to random rows at 30 rows on the twelve V100 pairs; with these and the
     * source, 3.1 (docs/new-device-measurements.md, issue 14).
     */
    static double[] coords(LayerConfig c, LatencyPredictor source) {
        double[] z = {Math.log(c.inputSize()), Math.log(c.cin()), Math.log(c.cout()), c.kh(), c.kw(), c.sh(), c.sw(),
                c.cin() % 4 == 0 ? 1 : 0, c.cout() % 4 == 0 ? 1 : 0, c.depthwise() ? 1 : 0, 0};
        if (source == null) return Arrays.copyOf(z, z.length - 1);
        z[z.length - 1] = Math.log(Math.max(source.predictLayer(c), 1e-12));
        return z;
    }

    /** Each column to mean 0 and standard deviation 1 (a constant column stays as it is, centred). */
    static void standardise(double[][] z) {
        if (z.length == 0) return;
        for (int k = 0; k < z[0].length; k++) {
            double mean = 0, ss = 0;
            for (double[] r : z) mean += r[k];
            mean /= z.length;
            for (double[] r : z) ss += (r[k] - mean) * (r[k] - mean);
            double sd = Math.sqrt(ss / z.length);
            if (sd < 1e-12) sd = 1;
            for (double[] r : z) r[k] = (r[k] - mean) / sd;
        }
    }

    /**
     * 1 + relative disagreement (disagreement / its median), capped at {@link #MAX_WEIGHT}, so consensus
     * layers keep their weight and one wild layer cannot take the batch.
     */
    static double[] weights(double[] disagreement, int m) {
        double[] w = new double[m];
        Arrays.fill(w, 1);
        if (disagreement == null) return w;
        double[] sorted = disagreement.clone();
        Arrays.sort(sorted);
        double med = Math.max(sorted[sorted.length / 2], 1e-6);
        for (int i = 0; i < m; i++) w[i] = Math.min(MAX_WEIGHT, 1 + disagreement[i] / med);
        return w;
    }
}
