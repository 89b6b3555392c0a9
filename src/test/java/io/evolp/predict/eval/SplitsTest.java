package io.evolp.predict.eval;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerDataset;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SplitsTest {

    private static void assertPartition(Split s, int n) {
        int[] seen = new int[n];
        for (int r : s.train()) seen[r]++;
        for (int r : s.test()) seen[r]++;
        for (int r = 0; r < n; r++) assertEquals(1, seen[r], "row " + r + " in train+test");
        assertTrue(isAscending(s.train()) && isAscending(s.test()));
    }

    private static boolean isAscending(int[] a) {
        for (int i = 1; i < a.length; i++) if (a[i] <= a[i - 1]) return false;
        return true;
    }

    private static int countIn(int[] rows, int[] subset) {
        int c = 0;
        for (int r : rows) if (Arrays.binarySearch(subset, r) >= 0) c++;
        return c;
    }

    @Test
    void holdoutIsAStratifiedPartition() {
        LayerDataset ds = Datasets.keyed(1, 2, 3, 10, 50);
        Split s = Splits.holdout(ds, 0.3, 42);
        assertPartition(s, ds.size());
        Map<ConfigKey, int[]> byKey = ds.rowsByKey();
        for (int[] rows : byKey.values()) {
            int test = countIn(rows, s.test());
            int train = rows.length - test;
            assertTrue(train >= 1, "every key keeps a training row");
            if (rows.length >= 2) {
                double want = 0.3 * rows.length;
                assertTrue(test >= Math.floor(want) && test <= Math.min(Math.ceil(want), rows.length - 1),
                        rows.length + " rows -> " + test + " test");
            } else {
                assertEquals(0, test, "a single-row key stays in train");
            }
        }
    }

    @Test
    void holdoutFractionAddsUpOverManySmallKeys() {
        int[] sizes = new int[200];
        Arrays.fill(sizes, 3); // 0.2 · 3 = 0.6 per key: plain rounding would give 33%, flooring 0%
        LayerDataset ds = Datasets.keyed(sizes);
        Split s = Splits.holdout(ds, 0.2, 7);
        double fraction = s.test().length / (double) ds.size();
        assertEquals(0.2, fraction, 0.05);
    }

    @Test
    void holdoutIsDeterministicAndSeedDependent() {
        LayerDataset ds = Datasets.keyed(20, 30, 40);
        Split a = Splits.holdout(ds, 0.25, 1);
        Split b = Splits.holdout(ds, 0.25, 1);
        Split c = Splits.holdout(ds, 0.25, 2);
        assertArrayEquals(a.test(), b.test());
        assertArrayEquals(a.train(), b.train());
        assertFalse(Arrays.equals(a.test(), c.test()));
    }

    @Test
    void aKeysHoldoutDoesNotDependOnOtherKeys() {
        LayerDataset small = Datasets.keyed(30);
        LayerDataset bigger = Datasets.keyed(30, 25); // same first key, another key appended after it
        int[] testSmall = Splits.holdout(small, 0.3, 9).test();
        int[] testBigger = Arrays.stream(Splits.holdout(bigger, 0.3, 9).test()).filter(r -> r < 30).toArray();
        assertArrayEquals(testSmall, testBigger);
    }

    @Test
    void holdoutRejectsBadFractions() {
        LayerDataset ds = Datasets.keyed(5);
        assertThrows(IllegalArgumentException.class, () -> Splits.holdout(ds, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Splits.holdout(ds, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Splits.holdout(ds, Double.NaN, 1));
    }

    @Test
    void kfoldPutsEveryRowInExactlyOneTestFold() {
        LayerDataset ds = Datasets.keyed(1, 4, 7, 23);
        List<Split> folds = Splits.kfold(ds, 5, 3);
        assertEquals(5, folds.size());
        int[] inTest = new int[ds.size()];
        int minSize = Integer.MAX_VALUE, maxSize = 0;
        for (Split f : folds) {
            assertPartition(f, ds.size());
            for (int r : f.test()) inTest[r]++;
            minSize = Math.min(minSize, f.test().length);
            maxSize = Math.max(maxSize, f.test().length);
        }
        for (int c : inTest) assertEquals(1, c);
        assertTrue(maxSize - minSize <= 1, "balanced folds: " + minSize + ".." + maxSize);
    }

    @Test
    void kfoldSpreadsEachKeyEvenly() {
        LayerDataset ds = Datasets.keyed(4, 7, 23, 11);
        List<Split> folds = Splits.kfold(ds, 3, 11);
        for (int[] rows : ds.rowsByKey().values()) {
            int min = Integer.MAX_VALUE, max = 0;
            for (Split f : folds) {
                int c = countIn(rows, f.test());
                min = Math.min(min, c);
                max = Math.max(max, c);
            }
            assertTrue(max - min <= 1, rows.length + " rows spread " + min + ".." + max);
        }
    }

    @Test
    void kfoldIsDeterministicAndSeedDependent() {
        LayerDataset ds = Datasets.keyed(12, 17);
        List<Split> a = Splits.kfold(ds, 4, 5), b = Splits.kfold(ds, 4, 5), c = Splits.kfold(ds, 4, 6);
        boolean anyDifferent = false;
        for (int f = 0; f < 4; f++) {
            assertArrayEquals(a.get(f).test(), b.get(f).test());
            anyDifferent |= !Arrays.equals(a.get(f).test(), c.get(f).test());
        }
        assertTrue(anyDifferent);
    }

    @Test
    void kfoldRejectsBadK() {
        LayerDataset ds = Datasets.keyed(3);
        assertThrows(IllegalArgumentException.class, () -> Splits.kfold(ds, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Splits.kfold(ds, 4, 0));
        assertEquals(3, Splits.kfold(ds, 3, 0).size());
    }

    @Test
    void aDrawIsSeededAscendingWithoutRepeatsAndAllRowsWhenFew() {
        int[] d = Splits.draw(100, 10, 3);
        assertArrayEquals(d, Splits.draw(100, 10, 3));
        assertEquals(10, d.length);
        for (int i = 1; i < d.length; i++) assertTrue(d[i] > d[i - 1], Arrays.toString(d));
        assertTrue(d[0] >= 0 && d[9] < 100);
        assertFalse(Arrays.equals(d, Splits.draw(100, 10, 4)), "another seed, another draw");
        assertArrayEquals(new int[]{0, 1, 2}, Splits.draw(3, 5, 1));
    }
}
