package io.evolp.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * EvoLP's sampling plan (DESIGN §1.2): which layer configurations to measure on a device so that
 * every configuration key of a model gets training data around the widths pruning will visit.
 *
 * <p>Each distinct full-width shape (key, cin, cout) receives a share n of the budget in proportion
 * to cin × cout and turns it into a c1 × c2 grid, c1 ≈ √(n·cin/cout), c2 ≈ √(n·cout/cin), stepping
 * down evenly from its own (cin, cout) towards 1. Depthwise shapes vary along one axis (cin = cout =
 * groups). The first conv's ≤ 4 input channels are kept: pruning never changes the image channels.
 *
 * <p>Why the budget search: with shares ∝ cin·cout every shape gets the same grid spacing, so shapes of
 * one key whose channel counts differ by a multiple of that spacing produce identical rows. After
 * de-duplication the row count is therefore not monotone in the budget (Inception v3 loses up to
 * 40% at some budgets). We keep the recipe and instead scan the internal budget for the plan whose
 * distinct row count is closest to the requested N. Shares larger than a shape's distinct points are
 * redistributed to the other shapes (water filling).
 */
public final class SamplingPlan {

    private static final double SCAN_STEP = 1.01;
    private static final double SCAN_MAX = 3.0;
    private static final double GOOD_ENOUGH = 0.002; // stop scanning within 0.2% of N

    private SamplingPlan() {
    }

    /**
     * The plan for {@code model} with about {@code samples} rows, sorted by key label, cin, cout,
     * without duplicates. Every row is a valid layer whose key occurs in the model. The row count
     * can exceed N when N is below the number of distinct shapes (each gets at least one row) and
     * fall short when N exceeds all distinct points the shapes can offer.
     */
    public static List<LayerConfig> plan(ModelSpec model, int samples) {
        if (samples < 1) throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        if (model.convs().isEmpty()) throw new IllegalArgumentException("model " + model.name() + " has no conv layers");
        List<PlanShape> shapes = shapes(model.convs());
        long[] best = build(shapes, samples);
        for (double f = SCAN_STEP; f <= SCAN_MAX && miss(best, samples) > GOOD_ENOUGH * samples; f *= SCAN_STEP) {
            long[] rows = build(shapes, Math.round(samples * f));
            if (miss(rows, samples) < miss(best, samples)) best = rows;
        }
        // Downwards too: the minimum of one row per shape plus overlaps can overshoot a small N (MobileNetV1
        // at N = 30 gave 40 rows while an internal budget of 20 gives 28).
        for (double f = 1 / SCAN_STEP; f >= 1 / SCAN_MAX && samples * f >= 1
                && miss(best, samples) > GOOD_ENOUGH * samples; f /= SCAN_STEP) {
            long[] rows = build(shapes, Math.max(1, Math.round(samples * f)));
            if (miss(rows, samples) < miss(best, samples)) best = rows;
        }
        List<LayerConfig> out = new ArrayList<>(best.length);
        for (long code : best) out.add(decode(shapes, code));
        return List.copyOf(out);
    }

    private static long miss(long[] rows, int samples) {
        return Math.abs(rows.length - (long) samples);
    }

    /** Distinct shapes sorted by key label, cin, cout; {@link PlanShape#keyRank} numbers their keys in that order. */
    private static List<PlanShape> shapes(List<LayerConfig> convs) {
        LayerConfig first = convs.get(0);
        Set<LayerConfig> distinct = new LinkedHashSet<>();
        for (LayerConfig c : convs) distinct.add(c.depthwise() ? c.withChannels(c.cin(), c.cin()) : c);
        List<LayerConfig> sorted = new ArrayList<>(distinct);
        sorted.sort(Comparator.comparing(LayerConfig::key).thenComparingInt(LayerConfig::cin)
                .thenComparingInt(LayerConfig::cout));
        List<PlanShape> shapes = new ArrayList<>();
        int rank = -1;
        ConfigKey previous = null;
        for (LayerConfig c : sorted) {
            if (!c.key().equals(previous)) rank++;
            previous = c.key();
            boolean fixed = c.equals(first) && first.cin() <= 4;
            shapes.add(new PlanShape(c.key(), rank, c.cin(), c.cout(), fixed));
        }
        return shapes;
    }

    /** Sorted distinct row codes (key rank, cin, cout) of the plan for one internal budget. */
    private static long[] build(List<PlanShape> shapes, long budget) {
        long[] n = allocate(shapes, budget);
        long total = 0;
        for (long x : n) total += x;
        LongBuffer codes = new LongBuffer((int) Math.min(Integer.MAX_VALUE - 8, total + total / 4 + 16));
        for (int i = 0; i < shapes.size(); i++) shapes.get(i).grid(n[i], codes);
        return codes.sortedDistinct();
    }

    /** Shares proportional to cin × cout, capped at each shape's capacity (excess goes to the others), ≥ 1 each. */
    private static long[] allocate(List<PlanShape> shapes, long budget) {
        int m = shapes.size();
        double[] share = new double[m];
        boolean[] capped = new boolean[m];
        boolean changed = true;
        while (changed) {
            changed = false;
            double free = budget, weight = 0;
            for (int i = 0; i < m; i++) {
                if (capped[i]) free -= shapes.get(i).capacity();
                else weight += shapes.get(i).weight();
            }
            for (int i = 0; i < m; i++) {
                if (capped[i]) continue;
                share[i] = weight > 0 ? Math.max(0, free) * shapes.get(i).weight() / weight : 0;
                if (share[i] > shapes.get(i).capacity()) {
                    share[i] = shapes.get(i).capacity();
                    capped[i] = true;
                    changed = true;
                }
            }
        }
        long[] n = new long[m];
        long used = 0;
        for (int i = 0; i < m; i++) {
            n[i] = Math.max(1, (long) Math.floor(share[i]));
            used += n[i];
        }
        // Largest remainders take the rounding leftovers, so the shares meet the budget when they can.
        Integer[] byRemainder = new Integer[m];
        for (int i = 0; i < m; i++) byRemainder[i] = i;
        Arrays.sort(byRemainder, Comparator.comparingDouble(i -> -(share[i] - Math.floor(share[i]))));
        for (int k = 0; k < m && used < budget; k++) {
            int i = byRemainder[k];
            if (n[i] < shapes.get(i).capacity()) {
                n[i]++;
                used++;
            }
        }
        return n;
    }

    private static LayerConfig decode(List<PlanShape> shapes, long code) {
        int rank = (int) (code >>> 40);
        int cin = (int) ((code >>> 20) & PlanShape.CHANNEL_MASK);
        int cout = (int) (code & PlanShape.CHANNEL_MASK);
        for (PlanShape s : shapes) {
            if (s.keyRank() == rank) return s.key().layer(cin, cout);
        }
        throw new IllegalStateException("no shape for key rank " + rank);
    }

    /** Growable primitive buffer: plans are rebuilt dozens of times during the scan, boxing would dominate. */
    private static final class LongBuffer {
        private long[] a;
        private int n;

        LongBuffer(int capacity) {
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

    /**
     * One distinct full-width layer shape of a plan, and the grid it contributes.
     *
     * <p>Rows are encoded as {@code keyRank << 40 | cin << 20 | cout}, so sorting the codes sorts the
     * plan by key label, cin, cout and de-duplication is a pass over a sorted {@code long[]}.
     *
     * @param fixedCin the model's first conv with ≤ 4 input channels: only cout is varied
     */
    private record PlanShape(ConfigKey key, int keyRank, int cin, int cout, boolean fixedCin) {

        static final long CHANNEL_MASK = (1L << 20) - 1;

        PlanShape {
            if (cin > CHANNEL_MASK || cout > CHANNEL_MASK) {
                throw new IllegalArgumentException("channel counts above " + CHANNEL_MASK + " are not supported");
            }
        }

        boolean depthwise() {
            return key.depthwise();
        }

        /** Channel counts of a grouped (non-depthwise) conv must stay multiples of the group count. */
        int unit() {
            return key.groupKind() > 1 ? key.groupKind() : 1;
        }

        double weight() {
            return (double) cin * cout;
        }

        /** Distinct (cin, cout) points this shape can offer. */
        long capacity() {
            if (depthwise()) return fixedCin || cin <= 2 ? 1 : cin - 1; // 2..cin, see depthwiseSteps
            return (long) (fixedCin ? 1 : cin / unit()) * (cout / unit());
        }

        /** Adds the c1 × c2 grid (or the one-axis depthwise line) of about {@code n} points. */
        void grid(long n, LongBuffer out) {
            if (depthwise()) {
                int count = fixedCin ? 1 : (int) Math.min(n, capacity());
                for (int c : depthwiseSteps(cin, count)) out.add(code(c, c));
                return;
            }
            int u = unit();
            int maxC1 = fixedCin ? 1 : cin / u;
            int maxC2 = cout / u;
            int c1 = clamp(Math.round(Math.sqrt((double) n * cin / cout)), (int) Math.min(maxC1, n));
            int c2 = clamp(Math.round((double) n / c1), maxC2);
            if (c2 == maxC2) c1 = clamp(Math.round((double) n / c2), maxC1); // cout axis full: spend the rest on cin
            int[] cins = steps(cin, c1, u);
            int[] couts = steps(cout, c2, u);
            for (int ci : cins) for (int co : couts) out.add(code(ci, co));
        }

        private long code(int ci, int co) {
            return (long) keyRank << 40 | (long) ci << 20 | co;
        }

        /** {@code count} distinct multiples of {@code unit}, from {@code top} down evenly towards {@code unit}. */
        static int[] steps(int top, int count, int unit) {
            int units = top / unit;
            int[] v = new int[count];
            for (int j = 0; j < count; j++) {
                // Spacing units/count >= 1, so rounding keeps the values distinct.
                v[j] = (int) Math.max(1, Math.round((double) units * (count - j) / count)) * unit;
            }
            return v;
        }

        /**
         * Like {@link #steps} but stopping at 2 channels: a 1-channel depthwise conv has groups = 1 and
         * would count as a dense layer, i.e. another key.
         */
        static int[] depthwiseSteps(int top, int count) {
            if (top <= 2) return new int[]{top};
            int[] v = new int[count];
            for (int j = 0; j < count; j++) v[j] = 1 + (int) Math.round((double) (top - 1) * (count - j) / count);
            return v;
        }

        private static int clamp(long v, int max) {
            return (int) Math.max(1, Math.min(max, v));
        }
    }
}
