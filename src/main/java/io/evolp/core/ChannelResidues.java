package io.evolp.core;

import java.util.Random;

/**
 * Moves the inner points of a plan's channel axis onto chosen residues, so that a plan teaches
 * channel-alignment effects instead of hiding them.
 *
 * <p>Why: an even grid stepping down from a full width of 512 by 32 only ever visits multiples of 32,
 * while real runtimes have steps exactly there (ONNX Runtime's depthwise convs run ~11x faster when the
 * channel count is a multiple of 4; GPUs tile by 32). A predictor can only learn such a step if the
 * training data holds both sides of it at similar widths.
 *
 * <p>How: every grid value except the full width (always measured as it is) gets a target class from
 * a repeating block of eight, shuffled by the seed: four points off the multiples of 4 (residue 1, 2 or
 * 3 mod 4, drawn from the seed) and one point each on a multiple of 32 and on exactly a multiple of
 * 16, 8 and 4 (a multiple of 8 that is no multiple of 16, and so on). The value moves
 * to the nearest count of its class inside its own cell — the integers closer to it than to its grid
 * neighbours — so the points stay distinct, ordered and evenly spread, and the grid's size and shares
 * are unchanged. Where a cell holds no count of the class (dense grids near small widths) the next
 * finer alignment is tried and finally the value is kept; a grid with spacing 1 is left as it is.
 */
final class ChannelResidues {

    private static final int OFF = 0;
    private static final int TOP = 32;
    private static final int[] BLOCK = {OFF, OFF, OFF, OFF, 32, 16, 8, 4};

    private final long seed;

    ChannelResidues(long seed) {
        this.seed = seed;
    }

    /**
     * The axis with its inner points placed on residues.
     *
     * @param values distinct channel counts in descending order; {@code values[0]} is the full width
     * @param floor  the smallest allowed count (1, or 2 for depthwise convs: 1 channel would be dense)
     * @param salt   identifies the axis, so different shapes and axes get different draws
     */
    int[] place(int[] values, int floor, long salt) {
        int[] out = values.clone();
        if (values.length < 2) return out;
        Random rnd = new Random(seed * 0x9E3779B97F4A7C15L ^ salt * 0xC2B2AE3D27D4EB4FL);
        int[] classes = classes(values.length - 1, rnd);
        for (int j = 1; j < values.length; j++) {
            int hi = (values[j - 1] + values[j]) / 2; // the cell of values[j-1] starts at hi + 1
            int lo = j + 1 < values.length ? (values[j] + values[j + 1]) / 2 + 1 : floor;
            out[j] = snap(values[j], Math.max(lo, floor), hi, classes[j - 1], rnd);
        }
        return out;
    }

    private static int[] classes(int n, Random rnd) {
        int[] c = new int[n];
        int[] block = BLOCK.clone();
        for (int i = 0; i < n; i++) {
            if (i % block.length == 0) shuffle(block, rnd);
            c[i] = block[i % block.length];
        }
        return c;
    }

    private static int snap(int v, int lo, int hi, int cls, Random rnd) {
        if (cls == OFF) {
            int residue = 1 + rnd.nextInt(3);
            int c = nearest(v, lo, hi, x -> x % 4 == residue);
            if (c < 0) c = nearest(v, lo, hi, x -> x % 4 != 0);
            return c < 0 ? v : c;
        }
        // Exactly this alignment (a multiple of 8 that is no multiple of 16), else the next finer one.
        for (int unit = cls; unit >= 4; unit /= 2) {
            int u = unit;
            int c = nearest(v, lo, hi, x -> x % u == 0 && (u == TOP || x % (2 * u) != 0));
            if (c >= 0) return c;
        }
        return v;
    }

    /** The count in [lo, hi] nearest to v (lower one on ties) that passes the test, or -1. */
    private static int nearest(int v, int lo, int hi, java.util.function.IntPredicate test) {
        for (int d = 0; v - d >= lo || v + d <= hi; d++) {
            if (v - d >= lo && v - d <= hi && test.test(v - d)) return v - d;
            if (v + d <= hi && v + d >= lo && test.test(v + d)) return v + d;
        }
        return -1;
    }

    private static void shuffle(int[] a, Random rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
