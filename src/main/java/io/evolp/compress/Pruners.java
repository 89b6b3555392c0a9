package io.evolp.compress;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Architecture;
import io.evolp.core.zoo.Zoo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a prune ratio {@code r} into a pruned model, for the three ways a model can be compressed.
 *
 * <ul>
 *   <li><b>γ threshold</b> (EvoLP): the threshold is the r-quantile of all |γ| of the model; each
 *       layer keeps its channels with |γ| strictly above it, at least one. All |γ| are sorted once
 *       here, so a probe costs a binary search per layer instead of a sort.</li>
 *   <li><b>uniform, architecture</b>: width multiplier {@code m = 1 − r}; every prunable width
 *       becomes {@code max(1, round(m · width))}; the architecture wires the channels.</li>
 *   <li><b>uniform, explicit conv list</b>: each conv's cout is scaled; a conv's cin follows the
 *       previous conv's new cout <em>only when</em> its cin equalled that conv's cout in the base
 *       model (an explicit list does not say how convs connect, so equal counts are the only hint;
 *       a branch whose cin happens to equal an unrelated cout is scaled too). The first conv's cin
 *       (image channels) never changes; a depthwise conv keeps cout = cin = groups; a grouped,
 *       non-depthwise conv keeps its channels, and so does the conv feeding it (through any
 *       depthwise convs in between).</li>
 * </ul>
 */
final class Pruners {

    private Pruners() {
    }

    /** Ratio → model; also the base total of prunable channels for kept-ratio reporting. */
    interface Pruner {
        ModelSpec at(double ratio);

        /** Prunable widths of a model this pruner made (for an explicit list: each conv's cout). */
        int[] widths(ModelSpec m);

        String mode();
    }

    /** The built-in architecture of {@code m}, or null for an explicit conv list (or an unknown arch). */
    static Architecture architectureOf(ModelSpec m) {
        if (m.arch() == null || m.widths() == null) return null;
        for (Architecture a : Zoo.all()) if (a.id().equals(m.arch())) return a;
        return null;
    }

    static Pruner of(ModelSpec base, ChannelImportance importance) {
        Architecture a = architectureOf(base);
        if (importance.uniformMode()) return a != null ? new UniformArch(base, a) : new UniformExplicit(base);
        if (a == null) throw new IllegalArgumentException(ChannelImportance.explicitOnlyUniform(base));
        if (!a.id().equals(importance.arch())) {
            throw new IllegalArgumentException("channel importance is for " + importance.arch() + " but the model is " + a.id());
        }
        return new GammaThreshold(base, a, importance);
    }

    static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    static ModelSpec archModel(ModelSpec base, Architecture a, int[] widths) {
        List<Integer> w = new ArrayList<>(widths.length);
        for (int x : widths) w.add(x);
        return new ModelSpec(base.name(), a.id(), w, a.convs(widths), null, null);
    }

    static final class GammaThreshold implements Pruner {
        private final ModelSpec base;
        private final Architecture arch;
        private final double[][] sortedLayers;
        private final double[] all;

        GammaThreshold(ModelSpec base, Architecture arch, ChannelImportance importance) {
            this.base = base;
            this.arch = arch;
            int n = importance.layers();
            if (n != base.widths().size()) {
                throw new IllegalArgumentException("channel importance has " + n + " layers, the model " + base.widths().size());
            }
            sortedLayers = new double[n][];
            int total = 0;
            for (int i = 0; i < n; i++) {
                sortedLayers[i] = importance.gammas(i);
                if (sortedLayers[i].length != base.widths().get(i)) {
                    throw new IllegalArgumentException("channel importance of layer " + arch.prunableNames().get(i)
                            + " has " + sortedLayers[i].length + " values, the model " + base.widths().get(i) + " channels");
                }
                Arrays.sort(sortedLayers[i]);
                total += sortedLayers[i].length;
            }
            all = new double[total];
            int at = 0;
            for (double[] g : sortedLayers) {
                System.arraycopy(g, 0, all, at, g.length);
                at += g.length;
            }
            Arrays.sort(all);
        }

        @Override
        public ModelSpec at(double ratio) {
            int pruned = (int) Math.floor(Math.max(0, Math.min(1, ratio)) * all.length);
            int[] widths = new int[sortedLayers.length];
            for (int i = 0; i < widths.length; i++) {
                int len = sortedLayers[i].length;
                widths[i] = pruned == 0 ? len : Math.max(1, len - upperBound(sortedLayers[i], all[pruned - 1]));
            }
            return archModel(base, arch, widths);
        }

        /** Number of values ≤ t in the ascending array. */
        private static int upperBound(double[] sorted, double t) {
            int lo = 0, hi = sorted.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted[mid] <= t) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        @Override public int[] widths(ModelSpec m) { return toArray(m.widths()); }

        @Override public String mode() { return "gamma"; }
    }

    static final class UniformArch implements Pruner {
        private final ModelSpec base;
        private final Architecture arch;

        UniformArch(ModelSpec base, Architecture arch) {
            this.base = base;
            this.arch = arch;
        }

        @Override
        public ModelSpec at(double ratio) {
            double m = 1 - ratio;
            int[] widths = new int[base.widths().size()];
            for (int i = 0; i < widths.length; i++) widths[i] = Math.max(1, (int) Math.round(m * base.widths().get(i)));
            return archModel(base, arch, widths);
        }

        @Override public int[] widths(ModelSpec m) { return toArray(m.widths()); }

        @Override public String mode() { return "uniform"; }
    }

    static final class UniformExplicit implements Pruner {
        private final ModelSpec base;
        private final boolean[] frozenCout;

        UniformExplicit(ModelSpec base) {
            this.base = base;
            List<LayerConfig> c = base.convs();
            frozenCout = new boolean[c.size()];
            for (int i = 0; i < c.size(); i++) {
                LayerConfig l = c.get(i);
                if (l.groups() > 1 && !l.depthwise()) {
                    // Scaling a grouped conv would have to keep both counts divisible by groups: keep
                    // its channels, and therefore whatever fixes its cin upstream.
                    frozenCout[i] = true;
                    freezeInput(c, i);
                }
            }
        }

        /** Keeps conv i's cin: the conv feeding it keeps its cout (through depthwise convs, whose cin = cout). */
        private void freezeInput(List<LayerConfig> c, int i) {
            for (int j = i; j > 0 && c.get(j).cin() == c.get(j - 1).cout(); j--) {
                frozenCout[j - 1] = true;
                if (!c.get(j - 1).depthwise()) break;
            }
        }

        @Override
        public ModelSpec at(double ratio) {
            double m = 1 - ratio;
            List<LayerConfig> in = base.convs();
            List<LayerConfig> out = new ArrayList<>(in.size());
            for (int i = 0; i < in.size(); i++) {
                LayerConfig l = in.get(i);
                boolean connected = i > 0 && l.cin() == in.get(i - 1).cout();
                int cin = connected ? out.get(i - 1).cout() : l.cin();
                int cout = frozenCout[i] ? l.cout() : l.depthwise() ? cin : Math.max(1, (int) Math.round(m * l.cout()));
                out.add(l.withChannels(cin, cout));
            }
            List<Integer> widths = null;
            if (base.widths() != null) {
                widths = new ArrayList<>();
                for (LayerConfig l : out) widths.add(l.cout());
            }
            return new ModelSpec(base.name(), base.arch(), widths, out, null, null);
        }

        @Override
        public int[] widths(ModelSpec m) {
            return m.convs().stream().mapToInt(LayerConfig::cout).toArray();
        }

        @Override public String mode() { return "uniform"; }
    }
}
