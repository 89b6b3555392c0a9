package io.evolp.core;

import java.util.Arrays;

/** Small robust statistics shared by measurement, benchmarks and evaluation. */
public final class Stats {

    private Stats() {
    }

    /** Median of {@code values} (not modified); the mean of the two middle values for an even count. */
    public static double median(double[] values) {
        if (values.length == 0) throw new IllegalArgumentException("median of no values");
        double[] s = values.clone();
        Arrays.sort(s);
        return medianOfSorted(s);
    }

    /** Median of values already sorted ascending. */
    public static double medianOfSorted(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
