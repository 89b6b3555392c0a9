package io.evolp.io.onnx;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerConfig;
import io.evolp.io.onnx.ChannelSpaces.Seg;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prunes an imported ONNX model to given conv widths: each channel set keeps its most important
 * channels (the summed |γ| of every BatchNormalization on it; the filters' L1 norm where no BN is),
 * and every initializer on those channels is cut to them — conv weights (output rows, and the next
 * conv's input columns), biases, BN scale/B/mean/var, per-channel constants, a classifier's input
 * rows — with depthwise convs' {@code group} following. Channels tied by a residual Add or a
 * depthwise conv keep the same indices (the widest width asked for among the tied convs); channels
 * that cannot be cut consistently stay whole, and the result says why. Everything else in the file
 * is copied byte for byte, so the pruned model can be fine-tuned like the original.
 */
public final class OnnxPruner {

    private OnnxPruner() {
    }

    /** @throws InvalidInputException naming the file when it is unreadable or the widths do not fit it */
    public static PruneResult prune(Path file, List<Integer> widths) {
        byte[] bytes;
        try {
            bytes = io.evolp.io.InputFiles.readBytes(file, io.evolp.io.InputLimits.maxBinaryBytes(), "ONNX model");
        } catch (IOException e) {
            throw invalid(file.toString(), "cannot read: " + e.getMessage());
        }
        return prune(bytes, file.toString(), widths);
    }

    /** @param widths one output width per conv as {@link OnnxImport} numbers them */
    public static PruneResult prune(byte[] bytes, String label, List<Integer> widths) {
        List<LayerConfig> imported = OnnxImport.read(bytes, label, "model").model().convs();
        if (widths.size() != imported.size()) {
            throw invalid(label, "the widths name " + widths.size() + " convs but the model has " + imported.size());
        }
        ParsedGraph g;
        try {
            g = OnnxGraphReader.read(bytes, Long.MAX_VALUE);
        } catch (ProtoException e) {
            throw invalid(label, "not a valid ONNX (protobuf) file, corrupt or truncated at " + e.getMessage());
        }
        ChannelGraph cg = new ChannelGraph(g);
        cg.fixOutputs(outputs(bytes));
        int[] importIndex = match(cg, g, imported);
        Resolution r = resolve(cg, importIndex, widths);
        List<PrunedLayer> layers = layers(cg, importIndex, imported, widths, r);
        Map<String, Map<Integer, int[]>> cuts = cuts(cg, r, label);
        Map<Integer, Long> groups = new HashMap<>();
        for (Map.Entry<Integer, List<Seg>> e : cg.groups.entrySet()) groups.put(e.getKey(), (long) kept(e.getValue(), r, 1).length);
        Set<String> changed = new LinkedHashSet<>();
        cg.chan.forEach((k, v) -> { if (pruned(v, r)) changed.add(k); });
        cg.flat.forEach((k, v) -> { if (pruned(v, r)) changed.add(k); });
        byte[] out = PruneWriter.write(bytes, g, cuts, groups, changed);
        return new PruneResult(layers, r.importance, List.copyOf(r.notes), out);
    }

    /** The graph's output names (value_info field 12), which keep their shape. */
    private static List<String> outputs(byte[] bytes) {
        return PruneWriter.outputNames(bytes);
    }

    /** Graph conv (position in {@code cg.convs}) → import index, −1 for a conv the importer left out. */
    private static int[] match(ChannelGraph cg, ParsedGraph g, List<LayerConfig> imported) {
        int[] idx = new int[cg.convs.size()];
        int k = 0;
        for (int j = 0; j < idx.length; j++) {
            ParsedGraph.Node n = g.nodes().get(cg.convs.get(j).node());
            long[] w = n.inputs().size() > 1 && g.initializers().containsKey(n.inputs().get(1))
                    ? g.initializers().get(n.inputs().get(1)).dims() : null;
            boolean same = k < imported.size() && w != null && w.length == 4 && imported.get(k).cout() == w[0]
                    && imported.get(k).groups() == n.i("group", 1);
            idx[j] = same ? k++ : -1;
        }
        return idx;
    }

    /** Kept channel indices per root set, plus what the plan must say about them. */
    private record Resolution(Map<Integer, int[]> kept, Map<Integer, Integer> sizes, String importance, Set<String> notes) {
    }

    private static Resolution resolve(ChannelGraph cg, int[] importIndex, List<Integer> widths) {
        ChannelSpaces sp = cg.spaces;
        Map<Integer, Integer> asked = new HashMap<>();
        for (int j = 0; j < importIndex.length; j++) {
            ChannelGraph.ConvInfo c = cg.convs.get(j);
            if (c.outSpace() < 0 || importIndex[j] < 0) continue;
            asked.merge(sp.find(c.outSpace()), widths.get(importIndex[j]), Math::max);
        }
        Map<Integer, int[]> kept = new HashMap<>();
        Map<Integer, Integer> sizes = new HashMap<>();
        Set<String> notes = new LinkedHashSet<>();
        boolean byNorm = false;
        for (int s = 0; s < sp.count(); s++) {
            int root = sp.find(s);
            sizes.put(s, sp.size(s));
            if (kept.containsKey(root)) continue;
            int size = sp.size(root);
            Integer want = asked.get(root);
            String fixed = sp.fixedReason(root);
            if (fixed != null && want != null && want < size) notes.add("kept whole: " + fixed);
            int width = fixed != null || want == null ? size : Math.max(1, Math.min(size, want));
            double[] imp = sp.importanceOf(root);
            if (width < size && sp.noImportance(root)) {
                imp = new double[size];
                for (int t = 0; t < sp.count(); t++) {
                    double[] n = cg.filterNorms.get(t);
                    if (n != null && sp.find(t) == root) for (int c = 0; c < size; c++) imp[c] += n[c];
                }
                byNorm = true;
            }
            kept.put(root, top(imp, width));
        }
        for (int s = 0; s < sp.count(); s++) kept.put(s, kept.get(sp.find(s)));
        String how = "|BN γ| summed over the BatchNormalizations on each channel set"
                + (byNorm ? "; filter L1 norm for channel sets without BN" : "");
        return new Resolution(kept, sizes, how, notes);
    }

    /** Indices of the {@code width} largest values, ascending; ties go to the lower index. */
    static int[] top(double[] importance, int width) {
        Integer[] order = new Integer[importance.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> importance[a] != importance[b] ? Double.compare(importance[b], importance[a]) : a - b);
        int[] keep = new int[width];
        for (int i = 0; i < width; i++) keep[i] = order[i];
        Arrays.sort(keep);
        return keep;
    }

    private static List<PrunedLayer> layers(ChannelGraph cg, int[] importIndex, List<LayerConfig> imported,
                                            List<Integer> widths, Resolution r) {
        PrunedLayer[] out = new PrunedLayer[imported.size()];
        ChannelSpaces sp = cg.spaces;
        for (int j = 0; j < importIndex.length; j++) {
            int k = importIndex[j];
            if (k < 0) continue;
            ChannelGraph.ConvInfo c = cg.convs.get(j);
            List<Seg> o = c.output();
            int[] keep = o == null ? new int[0] : kept(o, r, 1);
            List<Integer> tied = new ArrayList<>();
            for (int t = 0; t < importIndex.length; t++) {
                ChannelGraph.ConvInfo other = cg.convs.get(t);
                if (t != j && importIndex[t] >= 0 && o != null && other.output() != null && sameRoots(o, other.output(), sp)) {
                    tied.add(importIndex[t]);
                }
            }
            String fixed = o == null || o.size() != 1 ? null : sp.fixedReason(o.get(0).space());
            String note = fixed != null ? "kept whole: " + fixed
                    : c.depthwise() ? "depthwise: keeps its input's channels"
                    : !tied.isEmpty() && keep.length != widths.get(k) ? "tied: pruned to the widest width asked for among " + tied : "";
            out[k] = new PrunedLayer(k, c.name(), imported.get(k).cout(), widths.get(k), keep.length,
                    Arrays.stream(keep).boxed().toList(), tied, note);
        }
        return Arrays.asList(out);
    }

    private static boolean sameRoots(List<Seg> a, List<Seg> b, ChannelSpaces sp) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (sp.find(a.get(i).space()) != sp.find(b.get(i).space())) return false;
        return true;
    }

    /** Kept positions along an axis laid out as {@code segs}, each channel spanning {@code factor} entries. */
    static int[] kept(List<Seg> segs, Resolution r, int factor) {
        List<Integer> out = new ArrayList<>();
        int offset = 0;
        for (Seg s : segs) {
            int[] k = r.kept.get(s.space());
            for (int c : k) for (int f = 0; f < factor; f++) out.add((offset + c) * factor + f);
            offset += s.size();
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean pruned(List<Seg> segs, Resolution r) {
        for (Seg s : segs) if (r.kept.get(s.space()).length < s.size()) return true;
        return false;
    }

    /** Tensor → axis → kept positions, only where something is cut; a tensor two layers cut differently is refused. */
    private static Map<String, Map<Integer, int[]>> cuts(ChannelGraph cg, Resolution r, String label) {
        Map<String, Map<Integer, int[]>> out = new HashMap<>();
        for (ChannelGraph.Cut c : cg.cuts) {
            if (!pruned(c.segs(), r)) continue;
            int[] k = kept(c.segs(), r, c.factor());
            int[] before = out.computeIfAbsent(c.tensor(), t -> new HashMap<>()).putIfAbsent(c.axis(), k);
            if (before != null && !Arrays.equals(before, k)) {
                throw invalid(label, "initializer '" + c.tensor() + "' is shared by layers that would keep different channels;"
                        + " this model cannot be pruned to these widths");
            }
        }
        return out;
    }

    private static InvalidInputException invalid(String file, String message) {
        return new InvalidInputException(new InputProblem(file, 0, 0, null, message));
    }
}
