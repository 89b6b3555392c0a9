package io.evolp.core;

import java.util.Arrays;

/** Growable {@code long[]} of plan row codes: plans are rebuilt dozens of times during the budget scan, boxing would dominate. */
final class CodeBuffer {
    private long[] a;
    private int n;

    CodeBuffer(int capacity) {
        a = new long[Math.max(16, capacity)];
    }

    void add(long v) {
        if (n == a.length) a = Arrays.copyOf(a, n * 2);
        a[n++] = v;
    }

    long[] sortedDistinct() {
        Arrays.sort(a, 0, n);
        int m = 0;
        for (int i = 0; i < n; i++) if (m == 0 || a[i] != a[m - 1]) a[m++] = a[i];
        return Arrays.copyOf(a, m);
    }
}
