package io.evolp.predict.active;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.predict.LatencyPredictor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Greedy farthest-point selection of the layers to measure: each pick is the pool layer farthest
 * from everything measured or picked so far, distances taken over the configuration key (a different
 * key is far: keys are covered first, since a transfer learns a scale per key), log input and output
 * channels, the channel residues mod 4 (runtimes change kernels there) and the log source
 * prediction. With a per-layer disagreement (ensemble spread in log latency) the distance is scaled
 * up where the candidates disagree, so a batch goes where the current models are least sure.
 */
public final class ActiveSelector {

    /** Distance between two layers of different keys: more than any within-key distance. */
    static final double KEY_DISTANCE = 10;
    /** Weight of one residue flag (cin or cout multiple of 4) differing. */
    static final double RESIDUE = 1.0;

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
        int m = pool.size();
        n = Math.min(n, m);
        double[][] z = new double[m][];
        for (int i = 0; i < m; i++) z[i] = coords(pool.get(i), source);
        ConfigKey[] keys = new ConfigKey[m];
        for (int i = 0; i < m; i++) keys[i] = pool.get(i).key();
        double[] weight = weights(disagreement, m);
        double[] dist = new double[m];
        java.util.Arrays.fill(dist, Double.POSITIVE_INFINITY);
        boolean[] taken = new boolean[m];
        for (LayerConfig c : measured) {
            double[] zc = coords(c, source);
            ConfigKey kc = c.key();
            for (int i = 0; i < m; i++) dist[i] = Math.min(dist[i], distance(z[i], keys[i], zc, kc));
        }
        Map<ConfigKey, Integer> keyRows = new HashMap<>();
        for (ConfigKey k : keys) keyRows.merge(k, 1, Integer::sum);
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Integer> picks = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            int best = -1;
            double bestScore = -1;
            int start = rnd.nextInt(m);  // seeded tie-breaking: equal scores go to a random one
            for (int j = 0; j < m; j++) {
                int i = (start + j) % m;
                if (taken[i]) continue;
                // Unexplored keys first, the most populous (most of the model's layers) among them.
                double score = Double.isInfinite(dist[i]) ? 1e9 + keyRows.get(keys[i]) : dist[i] * weight[i];
                if (score > bestScore) {
                    bestScore = score;
                    best = i;
                }
            }
            taken[best] = true;
            picks.add(best);
            for (int i = 0; i < m; i++) if (!taken[i]) dist[i] = Math.min(dist[i], distance(z[i], keys[i], z[best], keys[best]));
        }
        return picks.stream().mapToInt(Integer::intValue).toArray();
    }

    /** 1 + relative disagreement (disagreement / its median), so consensus layers keep their distance. */
    static double[] weights(double[] disagreement, int m) {
        double[] w = new double[m];
        java.util.Arrays.fill(w, 1);
        if (disagreement == null) return w;
        double[] sorted = disagreement.clone();
        java.util.Arrays.sort(sorted);
        double med = Math.max(sorted[sorted.length / 2], 1e-6);
        for (int i = 0; i < m; i++) w[i] = 1 + disagreement[i] / med;
        return w;
    }

    static double[] coords(LayerConfig c, LatencyPredictor source) {
        double ls = source == null ? 0 : Math.log(Math.max(source.predictLayer(c), 1e-9));
        return new double[]{Math.log(c.cin()), Math.log(c.cout()), c.cin() % 4 == 0 ? RESIDUE : 0,
                c.cout() % 4 == 0 ? RESIDUE : 0, ls};
    }

    static double distance(double[] a, ConfigKey ka, double[] b, ConfigKey kb) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (a[i] - b[i]) * (a[i] - b[i]);
        return Math.sqrt(s) + (ka.equals(kb) ? 0 : KEY_DISTANCE);
    }
}
