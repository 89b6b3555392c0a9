package io.evolp.core;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Brings a plan's row count to exactly N where that is possible.
 *
 * <p>Why: the budget scan of {@link SamplingPlan} lands within about 2 % of N because grids of one key
 * overlap. A user who asks for 3000 rows expects 3000. Surplus rows are dropped at random (never a
 * shape's own full-width row); missing rows are drawn uniformly from the shapes' ranges, a shape
 * picked in proportion to cin × cout like the grid shares. Both are seeded, and touch at most a few
 * percent of the rows. A plan stays above N only when N is below the number of distinct shapes (each
 * keeps its full width), and below N only when the shapes offer fewer distinct layers than N.
 */
final class PlanSize {

    private static final int ATTEMPTS_PER_ROW = 200;
    private static final long MAX_ATTEMPTS = 2_000_000; // a large deficit means the shapes are exhausted

    private PlanSize() {
    }

    /** Sorted distinct codes, exactly {@code samples} of them when possible. */
    static long[] fit(long[] codes, List<PlanShape> shapes, int samples, long seed) {
        Random rnd = new Random(seed ^ 0x5DEECE66DL * 31);
        if (codes.length > samples) return trim(codes, shapes, samples, rnd);
        if (codes.length < samples) return topUp(codes, shapes, samples, rnd);
        return codes;
    }

    private static long[] trim(long[] codes, List<PlanShape> shapes, int samples, Random rnd) {
        Set<Long> kept = new HashSet<>();
        for (PlanShape s : shapes) kept.add(s.fullCode());
        int[] removable = new int[codes.length];
        int r = 0;
        for (int i = 0; i < codes.length; i++) if (!kept.contains(codes[i])) removable[r++] = i;
        int drop = Math.min(r, codes.length - samples);
        boolean[] gone = new boolean[codes.length];
        for (int k = 0; k < drop; k++) { // partial Fisher-Yates: the first `drop` of a random order
            int j = k + rnd.nextInt(r - k);
            int t = removable[k];
            removable[k] = removable[j];
            removable[j] = t;
            gone[removable[k]] = true;
        }
        long[] out = new long[codes.length - drop];
        int m = 0;
        for (int i = 0; i < codes.length; i++) if (!gone[i]) out[m++] = codes[i];
        return out;
    }

    private static long[] topUp(long[] codes, List<PlanShape> shapes, int samples, Random rnd) {
        double[] cumulative = new double[shapes.size()];
        double total = 0;
        for (int i = 0; i < shapes.size(); i++) cumulative[i] = total += shapes.get(i).weight();
        Set<Long> rows = new HashSet<>(codes.length * 2);
        for (long c : codes) rows.add(c);
        CodeBuffer out = new CodeBuffer(samples);
        for (long c : codes) out.add(c);
        long attempts = Math.min(MAX_ATTEMPTS, (long) ATTEMPTS_PER_ROW * (samples - codes.length));
        int have = codes.length;
        for (long a = 0; a < attempts && have < samples; a++) {
            int i = Arrays.binarySearch(cumulative, rnd.nextDouble() * total);
            PlanShape s = shapes.get(i >= 0 ? i : Math.min(shapes.size() - 1, -i - 1));
            long code = s.randomCode(rnd);
            if (rows.add(code)) {
                out.add(code);
                have++;
            }
        }
        return out.sortedDistinct();
    }
}
