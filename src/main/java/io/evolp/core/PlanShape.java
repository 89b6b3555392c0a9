package io.evolp.core;

import java.util.Random;

/**
 * One distinct full-width layer shape of a {@link SamplingPlan}, and the grid it contributes.
 *
 * <p>Rows are encoded as {@code keyRank << 40 | cin << 20 | cout}, so sorting the codes sorts the
 * plan by key label, cin, cout and de-duplication is a pass over a sorted {@code long[]}.
 *
 * @param index    position among the plan's shapes (salts the residue draws of its axes)
 * @param fixedCin the model's first conv with ≤ 4 input channels: only cout is varied
 */
record PlanShape(ConfigKey key, int keyRank, int index, int cin, int cout, boolean fixedCin) {

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

    /** The code of this shape's own full-width row, which every plan keeps. */
    long fullCode() {
        return code(cin, depthwise() ? cin : cout);
    }

    /** Distinct (cin, cout) points this shape can offer. */
    long capacity() {
        if (depthwise()) return fixedCin || cin <= 2 ? 1 : cin - 1; // 2..cin, see depthwiseSteps
        return (long) (fixedCin ? 1 : cin / unit()) * (cout / unit());
    }

    /** Adds the c1 × c2 grid (or the one-axis depthwise line) of about {@code n} points. */
    void grid(long n, ChannelResidues residues, CodeBuffer out) {
        if (depthwise()) {
            int count = fixedCin ? 1 : (int) Math.min(n, capacity());
            for (int c : residues.place(depthwiseSteps(cin, count), 2, 2L * index)) out.add(code(c, c));
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
        if (u == 1) { // grouped convs stay on multiples of their group count
            cins = residues.place(cins, 1, 2L * index);
            couts = residues.place(couts, 1, 2L * index + 1);
        }
        for (int ci : cins) for (int co : couts) out.add(code(ci, co));
    }

    /** A point drawn uniformly from this shape's range (used to top a plan up to exactly N rows). */
    long randomCode(Random rnd) {
        if (depthwise()) {
            int c = fixedCin || cin <= 2 ? cin : 2 + rnd.nextInt(cin - 1);
            return code(c, c);
        }
        int u = unit();
        int ci = fixedCin ? cin : u * (1 + rnd.nextInt(cin / u));
        return code(ci, u * (1 + rnd.nextInt(cout / u)));
    }

    long code(int ci, int co) {
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
