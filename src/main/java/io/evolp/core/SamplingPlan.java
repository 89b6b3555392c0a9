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
 * The inner grid points are then moved onto a seeded mix of channel residues (half off the multiples
 * of 4, the rest on multiples of 4, 8, 16 and 32), so the plan can teach alignment effects
 * ({@link ChannelResidues}).
 *
 * <p>Why the budget search: with shares ∝ cin·cout every shape gets the same grid spacing, so shapes of
 * one key whose channel counts differ by a multiple of that spacing produce identical rows. After
 * de-duplication the row count is therefore not monotone in the budget (Inception v3 loses up to
 * 40% at some budgets). We keep the recipe and instead scan the internal budget for the plan whose
 * distinct row count is closest to the requested N. Shares larger than a shape's distinct points are
 * redistributed to the other shapes (water filling). The last rows to meet N exactly are added or
 * dropped at random ({@link PlanSize}).
 */
public final class SamplingPlan {

    private static final double SCAN_STEP = 1.01;
    private static final double SCAN_MAX = 3.0;
    private static final double GOOD_ENOUGH = 0.002; // stop scanning within 0.2% of N
    /** The seed of {@code evolp plan} without {@code --seed}. */
    public static final long DEFAULT_SEED = 1;

    private SamplingPlan() {
    }

    /** {@link #plan(ModelSpec, int, long)} with the default seed. */
    public static List<LayerConfig> plan(ModelSpec model, int samples) {
        return plan(model, samples, DEFAULT_SEED);
    }

    /**
     * The plan for {@code model} with exactly {@code samples} rows where possible, sorted by key label,
     * cin, cout, without duplicates; {@code seed} decides the residues of the grid points
     * ({@link ChannelResidues}) and the few rows added or dropped to meet N ({@link PlanSize}). Every
     * row is a valid layer whose key occurs in the model, and every full-width layer of the model is
     * in it. The plan holds more than N rows only when N is below the number of distinct shapes (each
     * keeps its full width), fewer only when N exceeds all distinct layers the shapes can offer.
     */
    public static List<LayerConfig> plan(ModelSpec model, int samples, long seed) {
        if (samples < 1) throw new IllegalArgumentException("samples must be >= 1, got " + samples);
        if (model.convs().isEmpty()) throw new IllegalArgumentException("model " + model.name() + " has no conv layers");
        List<PlanShape> shapes = shapes(model.convs());
        ChannelResidues residues = new ChannelResidues(seed);
        long[] best = build(shapes, samples, residues);
        for (double f = SCAN_STEP; f <= SCAN_MAX && miss(best, samples) > GOOD_ENOUGH * samples; f *= SCAN_STEP) {
            long[] rows = build(shapes, Math.round(samples * f), residues);
            if (miss(rows, samples) < miss(best, samples)) best = rows;
        }
        best = PlanSize.fit(best, shapes, samples, seed);
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
            shapes.add(new PlanShape(c.key(), rank, shapes.size(), c.cin(), c.cout(), fixed));
        }
        return shapes;
    }

    /** Sorted distinct row codes (key rank, cin, cout) of the plan for one internal budget. */
    private static long[] build(List<PlanShape> shapes, long budget, ChannelResidues residues) {
        long[] n = allocate(shapes, budget);
        long total = 0;
        for (long x : n) total += x;
        CodeBuffer codes = new CodeBuffer((int) Math.min(Integer.MAX_VALUE - 8, total + total / 4 + 16));
        for (int i = 0; i < shapes.size(); i++) shapes.get(i).grid(n[i], residues, codes);
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
}
