package io.evolp.predict.active;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.predict.LatencyPredictor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Which layers to measure. Picks are shared out over families — a key and its channel alignment,
 * what a transfer learns a scale for — in proportion to the {@value #SHARE_POWER} power of how many
 * of the pool's layers each has (each pick goes to the family furthest behind its share), so the
 * families that make up most of a model get most rows and small ones still get theirs.
 * Within a family each pick is the one that most reduces the summed distance from every layer of the
 * family to its nearest measured or picked layer (greedy facility location, {@link FacilityLocation})
 * over log input and output channels, the channel residues mod 4 (runtimes change kernels there) and
 * the log source prediction, each layer's distance capped at {@value #COVER_CAP}: representative layers
 * of the dense parts first, an outlier only once it carries more of the remaining (capped) distance
 * than a region of ordinary layers does. The rows a predictor is
 * later judged on are drawn like the pool, so this beat the earlier farthest-point choice, which
 * reached for the extremes (transfer learning curves on the sample data, README, issue 14).
 * A per-layer disagreement (ensemble spread in log latency) weighs each layer's distance by up to
 * {@value #MAX_WEIGHT}×, so regions the candidates disagree about count more — capped, because pure
 * disagreement chases the few layers the models get wildest about, on a noisy device mostly outliers.
 */
public final class ActiveSelector {

    /** Distance between two layers of different keys: more than any within-key distance. */
    static final double KEY_DISTANCE = 10;
    /**
     * A layer farther than this from every measured row counts as uncovered at this fixed cost, so a far
     * outlier's pick gains at most this much (about a factor 55 in channels). The uncapped distance
     * reached for the extremes; a cap of 2 (tuned on the CPU sample data) kept the picks so central that the
     * tree and power-law transfers, which learn how the target-to-source ratio moves with size, saw
     * too little of that movement: with 30 active rows on the V100 TensorRT precision pairs the law's
     * cross-validation on them read 50–70 % within ±10 % against 30 % on held-out rows. A cap of 4
     * lifted actively chosen 30-row transfers by 3.8 points on those 12 pairs and by 1.6 on the 24 CPU
     * pairs (README, issue 14).
     */
    static final double COVER_CAP = 4;
    /** Weight of one residue flag (cin or cout multiple of 4) differing. */
    static final double RESIDUE = 1.0;
    /** Largest factor disagreement may weigh a layer by. */
    static final double MAX_WEIGHT = 2;
    /** A family's share of the picks grows as its layer count to this power (1: proportional). */
    static final double SHARE_POWER = 0.5;

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
        ConfigKey[] keys = new ConfigKey[m];
        String[] fams = new String[m];
        Map<String, List<Integer>> byFamily = new TreeMap<>();
        for (int i = 0; i < m; i++) {
            z[i] = coords(pool.get(i), source);
            keys[i] = pool.get(i).key();
            fams[i] = family(pool.get(i));
            byFamily.computeIfAbsent(fams[i], f -> new ArrayList<>()).add(i);
        }
        double[] cover = new double[m];
        Arrays.fill(cover, COVER_CAP);
        for (LayerConfig c : measured) {
            double[] zc = coords(c, source);
            ConfigKey kc = c.key();
            for (int i = 0; i < m; i++) cover[i] = Math.min(cover[i], distance(z[i], keys[i], zc, kc));
        }
        Map<String, int[]> members = new HashMap<>();
        byFamily.forEach((f, rows) -> members.put(f, rows.stream().mapToInt(Integer::intValue).toArray()));
        Map<String, Integer> familyRows = new HashMap<>(), familyPicked = new HashMap<>();
        for (String f : fams) familyRows.merge(f, 1, Integer::sum);
        for (LayerConfig c : measured) {
            familyRows.merge(family(c), 1, Integer::sum);
            familyPicked.merge(family(c), 1, Integer::sum);
        }
        Map<String, Double> share = new HashMap<>();
        double total = 0;
        for (var e : familyRows.entrySet()) total += Math.pow(e.getValue(), SHARE_POWER);
        for (var e : familyRows.entrySet()) share.put(e.getKey(), Math.pow(e.getValue(), SHARE_POWER) / total);
        FacilityLocation fl = new FacilityLocation(z, keys, weights(disagreement, m), cover);
        SplittableRandom rnd = new SplittableRandom(seed);
        boolean[] taken = new boolean[m];
        Map<String, Integer> free = new HashMap<>(familyRows);
        for (LayerConfig c : measured) free.merge(family(c), -1, Integer::sum);
        int[] picks = new int[n];
        int done = measured.size();
        for (int p = 0; p < n; p++) {
            String fam = neediest(free, share, familyRows, familyPicked, done + p + 1);
            int best = fl.pick(members.get(fam), taken, rnd);
            taken[best] = true;
            fl.add(best);
            free.merge(fam, -1, Integer::sum);
            familyPicked.merge(fam, 1, Integer::sum);
            picks[p] = best;
        }
        return picks;
    }

    /**
     * The family with free rows furthest behind its share: after {@code picks} picks a family of
     * {@code rows} of {@code total} layers is owed {@code picks · share}. Ties go to the larger.
     */
    private static String neediest(Map<String, Integer> free, Map<String, Double> share, Map<String, Integer> familyRows,
                                   Map<String, Integer> familyPicked, int picks) {
        String best = null;
        double bestDeficit = Double.NEGATIVE_INFINITY;
        for (String f : new java.util.TreeSet<>(free.keySet())) {
            if (free.get(f) <= 0) continue;
            double deficit = picks * share.get(f) - familyPicked.getOrDefault(f, 0);
            if (deficit > bestDeficit + 1e-12 || (Math.abs(deficit - bestDeficit) <= 1e-12 && familyRows.get(f) > familyRows.get(best))) {
                bestDeficit = deficit;
                best = f;
            }
        }
        return best;
    }

    /** A layer's family: its key and whether both channel counts are multiples of 4. */
    static String family(LayerConfig c) {
        return c.key().label() + (c.cin() % 4 == 0 && c.cout() % 4 == 0 ? " |4" : " ~4");
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
