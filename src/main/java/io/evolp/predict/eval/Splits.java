package io.evolp.predict.eval;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerDataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Train/test splits stratified by configuration key: EvoLP trains one net per key, so a split
 * that emptied a key's training data would measure the fallback instead of the method.
 *
 * <p>Each key's rows are shuffled with a generator derived from the seed <em>and the key label</em>,
 * so a key's split does not change when rows of other keys are added or removed. Same dataset and
 * seed give the same split.
 */
public final class Splits {

    private Splits() {
    }

    /**
     * Holds out about {@code testFraction} of each key's rows. A key with m rows gets
     * {@code floor(f·m)} test rows plus one more with probability {@code frac(f·m)} (seeded), so many
     * small keys still add up to the requested fraction instead of all rounding down to zero; a key
     * with ≥ 2 rows always keeps ≥ 1 training row, a key with a single row stays in train.
     *
     * @param testFraction strictly between 0 and 1
     */
    public static Split holdout(LayerDataset ds, double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be between 0 and 1 (exclusive), was " + testFraction);
        }
        boolean[] isTest = new boolean[ds.size()];
        for (Map.Entry<ConfigKey, int[]> e : ds.rowsByKey().entrySet()) {
            int[] rows = e.getValue();
            if (rows.length < 2) continue;
            SplittableRandom rnd = keyRandom(seed, e.getKey());
            int[] shuffled = shuffled(rows, rnd);
            double want = testFraction * rows.length;
            int nTest = (int) Math.floor(want);
            if (rnd.nextDouble() < want - nTest) nTest++;
            nTest = Math.min(nTest, rows.length - 1);
            for (int i = 0; i < nTest; i++) isTest[shuffled[i]] = true;
        }
        return partition(isTest);
    }

    /**
     * k folds; every row is in exactly one test fold. Each key's shuffled rows are dealt round-robin
     * over the folds, continuing where the previous key stopped, so folds stay balanced in size and
     * each key is spread over the folds as evenly as its row count allows. A key with fewer rows
     * than k necessarily has folds where it is absent from training — the predictor then answers
     * with its unseen-key fallback, which is what such a key would get in practice.
     *
     * @param k at least 2 and at most the number of rows
     */
    public static List<Split> kfold(LayerDataset ds, int k, long seed) {
        if (k < 2) throw new IllegalArgumentException("k must be at least 2, was " + k);
        if (k > ds.size()) {
            throw new IllegalArgumentException("k (" + k + ") exceeds the number of rows (" + ds.size() + ")");
        }
        int[] fold = new int[ds.size()];
        int dealt = 0;
        for (Map.Entry<ConfigKey, int[]> e : ds.rowsByKey().entrySet()) {
            for (int row : shuffled(e.getValue(), keyRandom(seed, e.getKey()))) {
                fold[row] = dealt++ % k;
            }
        }
        List<Split> out = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            boolean[] isTest = new boolean[ds.size()];
            for (int r = 0; r < fold.length; r++) isTest[r] = fold[r] == f;
            out.add(partition(isTest));
        }
        return List.copyOf(out);
    }

    private static SplittableRandom keyRandom(long seed, ConfigKey key) {
        // SplitMix64 finaliser: decorrelates neighbouring seeds and similar label hashes.
        long z = seed + 0x9E3779B97F4A7C15L * (key.label().hashCode() + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    /**
     * {@code k} of the rows 0…n−1 (all of them when k ≥ n), drawn without replacement by a seeded
     * partial shuffle, in ascending order: a fixed subsample where a method's cost caps how many rows it
     * takes.
     */
    public static int[] draw(int n, int k, long seed) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) all[i] = i;
        if (k >= n) return all;
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < k; i++) {
            int j = i + r.nextInt(n - i);
            int t = all[i]; all[i] = all[j]; all[j] = t;
        }
        int[] out = Arrays.copyOf(all, k);
        Arrays.sort(out);
        return out;
    }

    private static int[] shuffled(int[] rows, SplittableRandom rnd) {
        int[] a = Arrays.copyOf(rows, rows.length);
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i]; a[i] = a[j]; a[j] = t;
        }
        return a;
    }

    private static Split partition(boolean[] isTest) {
        int nTest = 0;
        for (boolean t : isTest) if (t) nTest++;
        int[] train = new int[isTest.length - nTest], test = new int[nTest];
        int a = 0, b = 0;
        for (int r = 0; r < isTest.length; r++) {
            if (isTest[r]) test[b++] = r; else train[a++] = r;
        }
        return new Split(train, test);
    }
}
