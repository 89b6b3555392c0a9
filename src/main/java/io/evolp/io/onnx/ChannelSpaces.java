package io.evolp.io.onnx;

import java.util.ArrayList;
import java.util.List;

/**
 * The channel sets of a graph for pruning: every conv output starts its own set, and sets that must
 * keep the same channels (the two sides of a residual Add, a depthwise conv's input and output) are
 * merged (union–find). A set is <em>fixed</em> — never pruned — when some consumer cannot be sliced
 * (an unknown operator, a graph output, a grouped conv); the first reason is kept for the plan.
 */
final class ChannelSpaces {

    /** A run of {@code size} channels of set {@code space}; a tensor's channel axis is a list of these (Concat). */
    record Seg(int space, int size) {
    }

    private final List<Integer> parent = new ArrayList<>();
    private final List<Integer> sizes = new ArrayList<>();
    private final List<String> fixed = new ArrayList<>();
    private final List<double[]> importance = new ArrayList<>();

    int create(int size, String fixedReason) {
        parent.add(parent.size());
        sizes.add(size);
        fixed.add(fixedReason);
        importance.add(new double[size]);
        return parent.size() - 1;
    }

    int count() {
        return parent.size();
    }

    int size(int space) {
        return sizes.get(space);
    }

    int find(int s) {
        while (parent.get(s) != s) {
            parent.set(s, parent.get(parent.get(s)));
            s = parent.get(s);
        }
        return s;
    }

    /** Ties two sets of equal size; the merged set is fixed when either was. */
    void union(int a, int b) {
        int ra = find(a), rb = find(b);
        if (ra == rb) return;
        if (!sizes.get(ra).equals(sizes.get(rb))) throw new IllegalStateException("cannot tie sets of different sizes");
        parent.set(rb, ra);
        if (fixed.get(ra) == null) fixed.set(ra, fixed.get(rb));
    }

    void fix(int s, String reason) {
        int r = find(s);
        if (fixed.get(r) == null) fixed.set(r, reason);
    }

    void fix(List<Seg> segs, String reason) {
        for (Seg g : segs) fix(g.space(), reason);
    }

    /** Why the set cannot be pruned, or null. */
    String fixedReason(int s) {
        return fixed.get(find(s));
    }

    /** Adds |v| of {@code values[offset …]} to the set's importance (γ of a BN on these channels). */
    void addImportance(int space, float[] values, int offset) {
        double[] imp = importance.get(space);
        for (int c = 0; c < imp.length; c++) imp[c] += Math.abs(values[offset + c]);
    }

    /** Importance of a root: the sum over every set tied into it. */
    double[] importanceOf(int root) {
        double[] sum = new double[sizes.get(root)];
        for (int s = 0; s < parent.size(); s++) {
            if (find(s) != root) continue;
            double[] imp = importance.get(s);
            for (int c = 0; c < sum.length; c++) sum[c] += imp[c];
        }
        return sum;
    }

    /** True when no BN γ was recorded for the root (importance all zero). */
    boolean noImportance(int root) {
        for (double v : importanceOf(root)) if (v != 0) return false;
        return true;
    }
}
