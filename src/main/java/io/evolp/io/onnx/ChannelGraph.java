package io.evolp.io.onnx;

import io.evolp.io.onnx.ChannelSpaces.Seg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which channels of which tensors belong together, found by one walk over the nodes (ONNX requires
 * topological order). A 4-D tensor's channel axis is a list of {@link Seg}s; a flattened one (after
 * Flatten/Reshape/Squeeze) keeps its list for a Gemm/MatMul to slice its weight's input rows.
 * Every initializer that must be cut records a {@link Cut}; anything the walk does not understand
 * fixes the channels it touches instead of guessing, so a pruned graph is always consistent.
 */
final class ChannelGraph {

    /** Initializer {@code tensor} cut along {@code axis} to the kept channels of {@code segs}, each channel spanning {@code factor} entries. */
    record Cut(String tensor, int axis, List<Seg> segs, int factor) {
    }

    /** A Conv node, in graph order, and the channel sets of its output (group 1: its own set). */
    record ConvInfo(int node, String name, int outSpace, boolean depthwise, List<Seg> input, List<Seg> output) {
    }

    private static final Set<String> PASS = Set.of("Relu", "LeakyRelu", "Clip", "Sigmoid", "HardSigmoid", "HardSwish",
            "Tanh", "Elu", "Selu", "Celu", "Gelu", "Erf", "Softplus", "Softsign", "Mish", "Neg", "Abs", "Sqrt", "Exp",
            "Dropout", "Identity", "MaxPool", "AveragePool", "LpPool", "GlobalAveragePool", "GlobalMaxPool",
            "GlobalLpPool", "Resize", "Upsample", "Cast");
    private static final Set<String> ELEMENTWISE = Set.of("Add", "Sub", "Mul", "Div", "Sum", "Max", "Min", "Mean");

    final ChannelSpaces spaces = new ChannelSpaces();
    final List<Cut> cuts = new ArrayList<>();
    final List<ConvInfo> convs = new ArrayList<>();
    /** Depthwise conv node index → the channels its {@code group} attribute must follow. */
    final Map<Integer, List<Seg>> groups = new HashMap<>();
    /** Space → L1 norms of the filters of the conv that produced it (importance when no BN follows). */
    final Map<Integer, double[]> filterNorms = new HashMap<>();
    final Map<String, List<Seg>> chan = new HashMap<>();
    final Map<String, List<Seg>> flat = new HashMap<>();
    private final ParsedGraph g;

    ChannelGraph(ParsedGraph g) {
        this.g = g;
        for (String in : g.inputs()) {
            long[] d = g.valueShapes().get(in);
            if (g.initializers().containsKey(in) || d == null || d.length != 4 || d[1] <= 0) continue;
            chan.put(in, List.of(new Seg(spaces.create((int) d[1], "graph input " + in), (int) d[1])));
        }
        for (int i = 0; i < g.nodes().size(); i++) node(i, g.nodes().get(i));
    }

    /** Fixes every channel set reaching a graph output (the caller's outputs keep their shape). */
    void fixOutputs(List<String> outputs) {
        for (String o : outputs) {
            if (chan.containsKey(o)) spaces.fix(chan.get(o), "reaches graph output " + o);
            if (flat.containsKey(o)) spaces.fix(flat.get(o), "reaches graph output " + o);
        }
    }

    private void node(int index, ParsedGraph.Node n) {
        String op = n.opType();
        List<Seg> x = n.inputs().isEmpty() ? null : chan.get(n.inputs().get(0));
        String out = n.outputs().isEmpty() ? null : n.outputs().get(0);
        switch (op) {
            case "Conv" -> conv(index, n, x);
            case "BatchNormalization", "InstanceNormalization" -> norm(n, x);
            case "Concat" -> concat(n);
            case "Flatten", "Reshape", "Squeeze", "ReduceMean", "ReduceMax" -> flatten(n, x);
            case "Gemm", "MatMul" -> dense(n);
            case "Shape" -> { } // a shape read at run time stays right after pruning
            default -> {
                if (PASS.contains(op) && out != null) pass(n, x);
                else if (ELEMENTWISE.contains(op)) elementwise(n);
                else fixInputs(n, "consumed by " + n.label() + ", which pruning does not know");
            }
        }
    }

    private void pass(ParsedGraph.Node n, List<Seg> x) {
        String in = n.inputs().get(0);
        for (int i = 1; i < n.inputs().size(); i++) fixIfTracked(n.inputs().get(i), n);
        if (n.opType().equals("Resize") && n.inputs().size() > 3 && !n.inputs().get(3).isEmpty()) {
            fixInputs(n, n.label() + " names its output sizes, channels included"); // a literal C would be stale
            return;
        }
        if (x != null) chan.put(n.outputs().get(0), x);
        else if (flat.containsKey(in)) flat.put(n.outputs().get(0), flat.get(in));
    }

    private void conv(int index, ParsedGraph.Node n, List<Seg> x) {
        ParsedGraph.Tensor w = n.inputs().size() > 1 ? g.initializers().get(n.inputs().get(1)) : null;
        String out = n.outputs().get(0);
        if (w == null || w.dims().length != 4 || w.floats() == null || w.floats().length != product(w.dims())) {
            if (x != null) spaces.fix(x, n.label() + ": weights are not a FLOAT initializer stored in the file");
            int cout = w != null && w.dims().length > 0 ? (int) w.dims()[0] : 0;
            if (cout > 0) chan.put(out, seg(spaces.create(cout, n.label() + ": weights not sliceable")));
            convs.add(new ConvInfo(index, n.name(), -1, false, x, chan.get(out)));
            return;
        }
        long group = n.i("group", 1);
        int cout = (int) w.dims()[0];
        String bias = n.inputs().size() > 2 && !n.inputs().get(2).isEmpty() ? n.inputs().get(2) : null;
        int xSize = x == null ? -1 : total(x);
        if (group == 1) {
            int s = spaces.create(cout, null);
            List<Seg> o = seg(s);
            cuts.add(new Cut(w.name(), 0, o, 1));
            if (x != null && xSize == w.dims()[1]) cuts.add(new Cut(w.name(), 1, x, 1));
            else if (x != null) spaces.fix(x, n.label() + ": input channels do not match its weights");
            if (bias != null) cutOrFix(bias, 0, o, n);
            filterNorms.put(s, norms(w));
            chan.put(out, o);
            convs.add(new ConvInfo(index, n.name(), s, false, x, o));
        } else if (x != null && group == xSize && cout == xSize && w.dims()[1] == 1) {
            cuts.add(new Cut(w.name(), 0, x, 1));
            if (bias != null) cutOrFix(bias, 0, x, n);
            groups.put(index, x);
            chan.put(out, x);
            convs.add(new ConvInfo(index, n.name(), -1, true, x, x));
        } else {
            String why = n.label() + ": grouped conv (group " + group + ") keeps its channels";
            if (x != null) spaces.fix(x, why);
            List<Seg> o = seg(spaces.create(cout, why));
            chan.put(out, o);
            convs.add(new ConvInfo(index, n.name(), -1, false, x, o));
        }
    }

    private void norm(ParsedGraph.Node n, List<Seg> x) {
        if (x == null) {
            fixInputs(n, "");
            return;
        }
        for (int i = 1; i < n.inputs().size(); i++) cutOrFix(n.inputs().get(i), 0, x, n);
        ParsedGraph.Tensor scale = n.inputs().size() > 1 ? g.initializers().get(n.inputs().get(1)) : null;
        if (scale != null && scale.floats() != null && scale.floats().length == total(x)) {
            int at = 0;
            for (Seg s : x) {
                spaces.addImportance(s.space(), scale.floats(), at);
                at += s.size();
            }
        }
        chan.put(n.outputs().get(0), x);
    }

    private void concat(ParsedGraph.Node n) {
        long axis = n.i("axis", 1);
        List<Seg> joined = new ArrayList<>();
        boolean ok = axis == 1 || axis == -3;
        for (String in : n.inputs()) {
            List<Seg> c = chan.get(in);
            if (c == null) ok = false;
            else joined.addAll(c);
        }
        if (ok) chan.put(n.outputs().get(0), List.copyOf(joined));
        else fixInputs(n, "Concat on axis " + axis + " or of untracked inputs");
    }

    /** Flatten/Reshape/Squeeze to [N, C·k] and keepdims-free reductions over H, W: the channels become features. */
    private void flatten(ParsedGraph.Node n, List<Seg> x) {
        if (x == null) {
            fixInputs(n, "");
            return;
        }
        String op = n.opType();
        boolean ok = switch (op) {
            case "Flatten" -> n.i("axis", 1) == 1;
            case "Reshape" -> {
                ParsedGraph.Tensor shape = n.inputs().size() > 1 ? g.initializers().get(n.inputs().get(1)) : null;
                long[] s = shape == null ? null : shape.longs();
                // Only [N, -1]: a literal feature count would be wrong once channels are cut.
                yield s != null && s.length == 2 && s[1] == -1 && s[0] >= 0 && s[0] <= 1;
            }
            case "Squeeze" -> n.inputs().size() < 2 && axesSpatial(n.ints("axes"));
            default -> axesSpatial(n.ints("axes")); // ReduceMean/ReduceMax (opset < 18: axes attribute)
        };
        if (!ok) {
            fixInputs(n, "consumed by " + n.label() + " in a form pruning does not follow");
            return;
        }
        boolean toFeatures = !op.startsWith("Reduce") || n.i("keepdims", 1) == 0;
        if (toFeatures) flat.put(n.outputs().get(0), x);
        else chan.put(n.outputs().get(0), x);
    }

    private static boolean axesSpatial(long[] axes) {
        if (axes == null || axes.length == 0) return false;
        for (long a : axes) if (a != 2 && a != 3 && a != -1 && a != -2) return false;
        return true;
    }

    private void dense(ParsedGraph.Node n) {
        List<Seg> f = flat.get(n.inputs().get(0));
        if (f == null) {
            fixInputs(n, "");
            return;
        }
        ParsedGraph.Tensor b = n.inputs().size() > 1 ? g.initializers().get(n.inputs().get(1)) : null;
        boolean transA = n.i("transA", 0) != 0;
        int axis = n.opType().equals("Gemm") && n.i("transB", 0) != 0 ? 1 : 0;
        int channels = total(f);
        if (b == null || b.dims().length != 2 || transA || b.dims()[axis] % channels != 0) {
            spaces.fix(f, n.label() + ": its weight is not an initializer laid out per channel");
            return;
        }
        cuts.add(new Cut(b.name(), axis, f, (int) (b.dims()[axis] / channels)));
        for (int i = 2; i < n.inputs().size(); i++) fixIfTracked(n.inputs().get(i), n);
    }

    /** Add/Mul/…: tracked inputs are tied channel by channel; per-channel constants are cut with them. */
    private void elementwise(ParsedGraph.Node n) {
        List<Seg> first = null;
        for (String in : n.inputs()) {
            List<Seg> c = chan.get(in);
            if (c != null && first == null) first = c;
        }
        if (first == null) {
            fixInputs(n, "");
            return;
        }
        for (String in : n.inputs()) {
            List<Seg> c = chan.get(in);
            if (c == null) {
                if (!constantFits(in, first, n)) {
                    fixInputs(n, n.label() + " combines channels with an input pruning does not follow");
                    return;
                }
            } else if (!tie(first, c)) {
                fixInputs(n, n.label() + " combines channel lists of different layouts");
                return;
            }
        }
        chan.put(n.outputs().get(0), first);
    }

    /** A constant operand: a scalar or a per-channel [C,1,1] / [1,C,1,1] tensor (cut along its channel axis). */
    private boolean constantFits(String name, List<Seg> x, ParsedGraph.Node n) {
        ParsedGraph.Tensor t = g.initializers().get(name);
        if (t == null) return false;
        long[] d = t.dims();
        if (product(d) == 1) return true;
        int axis = d.length - 3;
        if (axis < 0 || d[axis] != total(x) || product(d) != d[axis] || t.floats() == null) return false;
        cuts.add(new Cut(name, axis, x, 1));
        return true;
    }

    private boolean tie(List<Seg> a, List<Seg> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (a.get(i).size() != b.get(i).size()) return false;
        for (int i = 0; i < a.size(); i++) spaces.union(a.get(i).space(), b.get(i).space());
        return true;
    }

    private void cutOrFix(String tensor, int axis, List<Seg> segs, ParsedGraph.Node n) {
        ParsedGraph.Tensor t = g.initializers().get(tensor);
        if (t == null || t.floats() == null || t.dims().length <= axis || t.dims()[axis] != total(segs)
                || t.floats().length != product(t.dims())) {
            spaces.fix(segs, n.label() + ": parameter " + tensor + " is not a FLOAT initializer of one value per channel");
        } else {
            cuts.add(new Cut(tensor, axis, segs, 1));
        }
    }

    private void fixInputs(ParsedGraph.Node n, String reason) {
        String why = reason.isEmpty() ? "consumed by " + n.label() + " in a form pruning does not follow" : reason;
        for (String in : n.inputs()) {
            if (chan.containsKey(in)) spaces.fix(chan.get(in), why);
            if (flat.containsKey(in)) spaces.fix(flat.get(in), why);
        }
    }

    private void fixIfTracked(String in, ParsedGraph.Node n) {
        if (chan.containsKey(in)) spaces.fix(chan.get(in), "an extra input of " + n.label());
        if (flat.containsKey(in)) spaces.fix(flat.get(in), "an extra input of " + n.label());
    }

    private List<Seg> seg(int space) { return List.of(new Seg(space, spaces.size(space))); }

    static int total(List<Seg> segs) {
        return segs.stream().mapToInt(Seg::size).sum();
    }

    static long product(long[] d) {
        long p = 1;
        for (long x : d) p *= x;
        return p;
    }

    private static double[] norms(ParsedGraph.Tensor w) {
        int cout = (int) w.dims()[0], per = w.floats().length / cout;
        double[] n = new double[cout];
        for (int o = 0; o < cout; o++) for (int i = 0; i < per; i++) n[o] += Math.abs(w.floats()[o * per + i]);
        return n;
    }
}
