package io.evolp.predict.forest;

/** Sorts row indices by a key column without boxing (quicksort with insertion sort for short runs). */
final class IndexSort {

    private IndexSort() {
    }

    static void sort(int[] a, int n, double[] key) {
        sort(a, 0, n - 1, key);
    }

    private static void sort(int[] a, int lo, int hi, double[] key) {
        while (hi - lo > 16) {
            double pivot = median(key[a[lo]], key[a[(lo + hi) >>> 1]], key[a[hi]]);
            int i = lo, j = hi;
            while (i <= j) {
                while (key[a[i]] < pivot) i++;
                while (key[a[j]] > pivot) j--;
                if (i <= j) {
                    int t = a[i];
                    a[i++] = a[j];
                    a[j--] = t;
                }
            }
            // Recurse into the smaller half, loop on the larger: stack depth stays logarithmic.
            if (j - lo < hi - i) {
                sort(a, lo, j, key);
                lo = i;
            } else {
                sort(a, i, hi, key);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            int v = a[i];
            double kv = key[v];
            int j = i - 1;
            while (j >= lo && key[a[j]] > kv) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static double median(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
