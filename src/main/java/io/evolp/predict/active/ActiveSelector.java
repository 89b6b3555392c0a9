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
 * Which layers to measure. Picks are shared out over families — a key and its channel alignment,
 * what a transfer learns a scale for — in proportion to the square root of how many of the pool's
 * layers each has (each pick goes to the family furthest behind its share): the families that make up
 * most of a model get most rows, small ones still get theirs early. On sample-data learning curves
 * (transfer, 30 and 100 rows, 4 device pairs) covering every family first lost to random rows at 30
 * rows (one noisy row per MobileNet family), shares proportional to size merely tied with random, and
 * square-root shares won 7 of 8 cells.
 * Within a family each pick is the layer farthest from everything measured or picked so far, over log
 * input and output channels, the channel residues mod 4 (runtimes change kernels there) and the log
 * source prediction; with a source predictor the picks also go in turn to {@value #STRATA} bands of
 * its predicted latency (when the family has layers there), so small and large layers both get rows.
 * A per-layer disagreement (ensemble spread in log latency) scales the distance up where the
 * candidates disagree, by at most {@value #MAX_WEIGHT}×: pure disagreement chases the few layers the
 * models get wildest about, on a noisy device mostly outliers.
 */
public final class ActiveSelector {

    /** Distance between two layers of different keys: more than any within-key distance. */
    static final double KEY_DISTANCE = 10;
    /** Weight of one residue flag (cin or cout multiple of 4) differing. */
    static final double RESIDUE = 1.0;
    /** Bands of predicted latency the picks cycle through. */
    static final int STRATA = 4;
    /** Largest factor disagreement may scale a distance by. */
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
        for (int i = 0; i < m; i++) z[i] = coords(pool.get(i), source);
        ConfigKey[] keys = new ConfigKey[m];
        String[] fams = new String[m];
        for (int i = 0; i < m; i++) {
            keys[i] = pool.get(i).key();
            fams[i] = family(pool.get(i));
        }
        double[] weight = weights(disagreement, m);
        int[] band = source == null ? null : bands(z, STRATA);
        double[] dist = new double[m];
        java.util.Arrays.fill(dist, Double.POSITIVE_INFINITY);
        boolean[] taken = new boolean[m];
        for (LayerConfig c : measured) {
            double[] zc = coords(c, source);
            ConfigKey kc = c.key();
            for (int i = 0; i < m; i++) dist[i] = Math.min(dist[i], distance(z[i], keys[i], zc, kc));
        }
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
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Integer> picks = new ArrayList<>();
        int done = measured.size();
        for (int p = 0; p < n; p++) {
            String fam = neediest(taken, fams, share, familyRows, familyPicked, done + p + 1);
            int want = band == null ? -1 : (done + p) % STRATA;
            int best = pick(taken, fams, fam, dist, weight, band, want, rnd);
            if (best < 0) best = pick(taken, fams, fam, dist, weight, band, -1, rnd);  // band empty in this family
            taken[best] = true;
            familyPicked.merge(fams[best], 1, Integer::sum);
            picks.add(best);
            for (int i = 0; i < m; i++) if (!taken[i]) dist[i] = Math.min(dist[i], distance(z[i], keys[i], z[best], keys[best]));
        }
        return picks.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The family with free rows furthest behind its share: after {@code picks} picks a family of
     * {@code rows} of {@code total} layers is owed {@code picks · rows / total}. Ties go to the larger.
     */
    private static String neediest(boolean[] taken, String[] fams, Map<String, Double> share, Map<String, Integer> familyRows,
                                   Map<String, Integer> familyPicked, int picks) {
        String best = null;
        double bestDeficit = Double.NEGATIVE_INFINITY;
        java.util.Set<String> free = new java.util.TreeSet<>();
        for (int i = 0; i < taken.length; i++) if (!taken[i]) free.add(fams[i]);
        for (String f : free) {
            double deficit = picks * share.get(f) - familyPicked.getOrDefault(f, 0);
            if (deficit > bestDeficit + 1e-12 || (Math.abs(deficit - bestDeficit) <= 1e-12 && familyRows.get(f) > familyRows.get(best))) {
                bestDeficit = deficit;
                best = f;
            }
        }
        return best;
    }

    /** The best free row of family {@code fam} (in band {@code want}, or any with -1); -1 if none is free there. */
    private static int pick(boolean[] taken, String[] fams, String fam, double[] dist, double[] weight, int[] band, int want,
                            SplittableRandom rnd) {
        int m = taken.length, best = -1;
        double bestScore = -1;
        int start = rnd.nextInt(m);  // seeded tie-breaking: equal scores go to a random one
        for (int j = 0; j < m; j++) {
            int i = (start + j) % m;
            if (taken[i] || !fams[i].equals(fam) || (want >= 0 && band[i] != want)) continue;
            // a family's first row: any (infinite distance); later ones far from what it has, where models disagree
            double score = Double.isInfinite(dist[i]) ? 1e9 : dist[i] * weight[i];
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    /** A layer's family: its key and whether both channel counts are multiples of 4. */
    static String family(LayerConfig c) {
        return c.key().label() + (c.cin() % 4 == 0 && c.cout() % 4 == 0 ? " |4" : " ~4");
    }

    /** Per pool row, its quantile band (0 … k-1) of the log source prediction (last coordinate). */
    static int[] bands(double[][] z, int k) {
        int m = z.length;
        Integer[] idx = new Integer[m];
        for (int i = 0; i < m; i++) idx[i] = i;
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(z[a][z[a].length - 1], z[b][z[b].length - 1]));
        int[] band = new int[m];
        for (int r = 0; r < m; r++) band[idx[r]] = Math.min(k - 1, r * k / m);
        return band;
    }

    /**
     * 1 + relative disagreement (disagreement / its median), capped at {@link #MAX_WEIGHT}, so consensus
     * layers keep their distance and one wild layer cannot take the batch.
     */
    static double[] weights(double[] disagreement, int m) {
        double[] w = new double[m];
        java.util.Arrays.fill(w, 1);
        if (disagreement == null) return w;
        double[] sorted = disagreement.clone();
        java.util.Arrays.sort(sorted);
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
