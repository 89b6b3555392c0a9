package io.evolp.io.onnx;

import io.evolp.core.LayerConfig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds an ONNX graph op by op while tracking every tensor's shape [C, H, W] (batch 1), so a
 * topology that drifts from the zoo's conv list (a wrong channel count or input size) fails while
 * exporting, with the layer named, instead of producing a model ORT rejects later.
 *
 * <p>Weights are seeded random: He-uniform conv weights keep activations of a deep ReLU stack at a
 * sane scale (vanishing activations would turn into denormals, which are slow on x86 and would skew
 * timings); BN has γ in [0.5, 1.5], β small, mean 0, variance 1.
 */
final class NetBuilder {

    private final List<OnnxNode> nodes = new ArrayList<>();
    private final List<OnnxEncoder.Initializer> initializers = new ArrayList<>();
    private final List<OnnxEncoder.ValueInfo> inputs = new ArrayList<>();
    private final List<OnnxEncoder.ValueInfo> outputs = new ArrayList<>();
    private final Map<String, int[]> shapes = new HashMap<>();
    private final SplittableRandom random;
    private int counter;
    private int convs;

    NetBuilder(long seed) {
        this.random = new SplittableRandom(seed);
    }

    String input(String name, int channels, int size) {
        inputs.add(new OnnxEncoder.ValueInfo(name, new long[]{1, channels, size, size}));
        shapes.put(name, new int[]{channels, size, size});
        return name;
    }

    void output(String tensor) {
        int[] s = shape(tensor);
        long[] dims = s.length == 1 ? new long[]{1, s[0]} : new long[]{1, s[0], s[1], s[2]};
        outputs.add(new OnnxEncoder.ValueInfo(tensor, dims));
    }

    int[] shape(String tensor) {
        int[] s = shapes.get(tensor);
        if (s == null) throw new IllegalStateException("unknown tensor " + tensor);
        return s.clone();
    }

    /** Number of convs added so far (the next conv's index). */
    int convCount() {
        return convs;
    }

    /** Conv (+ bias when the layer has one) + BatchNormalization (+ Relu); returns the output tensor. */
    String convBn(String x, LayerConfig c, boolean relu) {
        int[] in = shape(x);
        String label = "conv " + convs + " (" + c + ")";
        if (in[0] != c.cin()) throw new IllegalStateException(label + ": input has " + in[0] + " channels");
        if (in[1] != c.inputSize() || in[2] != c.inputSize()) {
            throw new IllegalStateException(label + ": input is " + in[1] + "x" + in[2]);
        }
        String p = "conv" + convs++;
        String w = weight(p + ".weight", new long[]{c.cout(), c.cin() / c.groups(), c.kh(), c.kw()},
                Math.sqrt(6.0 / ((double) c.cin() / c.groups() * c.kh() * c.kw())));
        List<String> convInputs = new ArrayList<>(List.of(x, w));
        if (c.bias()) convInputs.add(constant(p + ".bias", c.cout(), 0.0, 0.05));
        String y = node("Conv", p, convInputs, List.of(
                OnnxNode.Attribute.ofInts("kernel_shape", c.kh(), c.kw()),
                OnnxNode.Attribute.ofInts("strides", c.sh(), c.sw()),
                OnnxNode.Attribute.ofInts("pads", c.ph(), c.pw(), c.ph(), c.pw()),
                OnnxNode.Attribute.ofInts("dilations", 1, 1),
                OnnxNode.Attribute.ofInt("group", c.groups())));
        shapes.put(y, new int[]{c.cout(), c.outputHeight(), c.outputWidth()});
        String z = batchNorm(p, y, c.cout());
        return relu ? relu(z) : z;
    }

    String relu(String x) {
        String y = node("Relu", "relu", List.of(x), List.of());
        shapes.put(y, shape(x));
        return y;
    }

    String maxPool(String x, int k, int s, int p) {
        return pool("MaxPool", x, k, s, p);
    }

    /** Average pool counting padded zeros, as PyTorch's default (Inception's branch_pool). */
    String avgPool(String x, int k, int s, int p) {
        return pool("AveragePool", x, k, s, p);
    }

    String add(String a, String b) {
        int[] sa = shape(a), sb = shape(b);
        if (!java.util.Arrays.equals(sa, sb)) throw new IllegalStateException("Add of mismatched shapes");
        String y = node("Add", "add", List.of(a, b), List.of());
        shapes.put(y, sa);
        return y;
    }

    /** Channel concat of equal-sized feature maps. */
    String concat(List<String> parts) {
        int channels = 0;
        int[] first = shape(parts.get(0));
        for (String t : parts) {
            int[] s = shape(t);
            if (s[1] != first[1] || s[2] != first[2]) throw new IllegalStateException("Concat of mismatched sizes");
            channels += s[0];
        }
        String y = node("Concat", "concat", parts, List.of(OnnxNode.Attribute.ofInt("axis", 1)));
        shapes.put(y, new int[]{channels, first[1], first[2]});
        return y;
    }

    /** Global average pool → flatten → fully connected to {@code classes} logits. */
    String classifier(String x, int classes) {
        int channels = shape(x)[0];
        String pooled = node("GlobalAveragePool", "gap", List.of(x), List.of());
        String flat = node("Flatten", "flatten", List.of(pooled), List.of(OnnxNode.Attribute.ofInt("axis", 1)));
        String w = weight("fc.weight", new long[]{classes, channels}, Math.sqrt(1.0 / channels));
        String b = constant("fc.bias", classes, 0.0, 0.01);
        String y = node("Gemm", "fc", List.of(flat, w, b), List.of(OnnxNode.Attribute.ofInt("transB", 1)));
        shapes.put(y, new int[]{classes});
        return y;
    }

    /**
     * Gives {@code tensor} (the single output of the last node that produced it) a new name, so graph
     * outputs get stable names ({@code logits}, {@code out0}) independent of the node numbering.
     */
    String rename(String tensor, String newName) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            OnnxNode n = nodes.get(i);
            if (n.outputs().equals(List.of(tensor))) {
                nodes.set(i, new OnnxNode(n.opType(), n.name(), n.inputs(), List.of(newName), n.attributes()));
                shapes.put(newName, shapes.remove(tensor));
                return newName;
            }
        }
        throw new IllegalStateException("no node produces " + tensor);
    }

    byte[] encode(String graphName, String doc) {
        return OnnxEncoder.model(graphName, nodes, initializers, inputs, outputs, doc);
    }

    private String pool(String op, String x, int k, int s, int p) {
        int[] in = shape(x);
        int out = (in[1] + 2 * p - k) / s + 1;
        String y = node(op, op.toLowerCase(java.util.Locale.ROOT), List.of(x), List.of(
                OnnxNode.Attribute.ofInts("kernel_shape", k, k),
                OnnxNode.Attribute.ofInts("strides", s, s),
                OnnxNode.Attribute.ofInts("pads", p, p, p, p)));
        shapes.put(y, new int[]{in[0], out, (in[2] + 2 * p - k) / s + 1});
        return y;
    }

    private String batchNorm(String prefix, String x, int channels) {
        String gamma = constant(prefix + ".bn.weight", channels, 0.5, 1.5);
        String beta = constant(prefix + ".bn.bias", channels, -0.05, 0.05);
        String mean = constant(prefix + ".bn.running_mean", channels, 0.0, 0.0);
        String var = constant(prefix + ".bn.running_var", channels, 1.0, 1.0);
        String y = node("BatchNormalization", prefix + ".bn", List.of(x, gamma, beta, mean, var),
                List.of(OnnxNode.Attribute.ofFloat("epsilon", 1e-5f)));
        shapes.put(y, shape(x));
        return y;
    }

    /** A node with one output named after the node; returns the output name. */
    private String node(String op, String base, List<String> in, List<OnnxNode.Attribute> attrs) {
        String name = base.startsWith("conv") && op.equals("Conv") ? base : base + "_" + counter++;
        String out = name + ".out";
        nodes.add(new OnnxNode(op, name, in, List.of(out), attrs));
        return out;
    }

    private String weight(String name, long[] dims, double bound) {
        long n = 1;
        for (long d : dims) n *= d;
        if (n > Integer.MAX_VALUE / 4) throw new IllegalArgumentException(name + " is too large to export (" + n + " values)");
        float[] v = new float[(int) n];
        for (int i = 0; i < v.length; i++) v[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
        initializers.add(new OnnxEncoder.Initializer(name, dims, v));
        return name;
    }

    /** A 1-D initializer uniform in [lo, hi]. */
    private String constant(String name, int length, double lo, double hi) {
        float[] v = new float[length];
        for (int i = 0; i < length; i++) v[i] = (float) (lo + (hi - lo) * random.nextDouble());
        initializers.add(new OnnxEncoder.Initializer(name, new long[]{length}, v));
        return name;
    }
}
