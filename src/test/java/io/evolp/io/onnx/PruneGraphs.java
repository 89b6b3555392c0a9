package io.evolp.io.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * A small graph with every case pruning must follow: conv–BN–ReLU, a residual Add tying two convs,
 * a depthwise conv, a 1x1 conv and a classifier (GAP, Flatten, Gemm). Input [1, 4, 8, 8].
 * Convs in order: a (4→8, 3x3, bias), b (8→8, 1x1), d (depthwise 8, 3x3), e (8→6, 1x1); a and b are
 * tied by the Add, d follows them.
 */
final class PruneGraphs {

    static final int CIN = 4;
    static final int SIZE = 8;

    private PruneGraphs() {
    }

    /** @param edit may change initializer values before encoding (name, values) */
    static byte[] residualDepthwise(BiConsumer<String, float[]> edit) {
        Random rnd = new Random(11);
        List<OnnxNode> nodes = new ArrayList<>();
        List<OnnxEncoder.Initializer> inits = new ArrayList<>();
        String x = convBn(nodes, inits, rnd, "a", OnnxExport.INPUT, CIN, 8, 3, 1, true, edit);
        String y = convBn(nodes, inits, rnd, "b", x, 8, 8, 1, 1, false, edit);
        nodes.add(node("Add", "add", List.of(x, y), "sum"));
        String z = convBn(nodes, inits, rnd, "d", "sum", 8, 8, 3, 8, false, edit);
        String e = convBn(nodes, inits, rnd, "e", z, 8, 6, 1, 1, false, edit);
        nodes.add(node("GlobalAveragePool", "gap", List.of(e), "pooled"));
        nodes.add(node("Flatten", "flat", List.of("pooled"), "features"));
        inits.add(init("fc_w", new long[]{5, 6}, rnd, edit));
        inits.add(init("fc_b", new long[]{5}, rnd, edit));
        nodes.add(new OnnxNode("Gemm", "fc", List.of("features", "fc_w", "fc_b"), List.of("logits"),
                List.of(OnnxNode.Attribute.ofInt("transB", 1))));
        return OnnxEncoder.model("prune_test", nodes, inits,
                List.of(new OnnxEncoder.ValueInfo(OnnxExport.INPUT, new long[]{1, CIN, SIZE, SIZE})),
                List.of(new OnnxEncoder.ValueInfo("logits", new long[]{1, 5})), null);
    }

    private static String convBn(List<OnnxNode> nodes, List<OnnxEncoder.Initializer> inits, Random rnd, String name,
                                 String in, int cin, int cout, int k, int groups, boolean bias,
                                 BiConsumer<String, float[]> edit) {
        inits.add(init(name + "_w", new long[]{cout, cin / groups, k, k}, rnd, edit));
        List<String> convIn = new ArrayList<>(List.of(in, name + "_w"));
        if (bias) {
            inits.add(init(name + "_bias", new long[]{cout}, rnd, edit));
            convIn.add(name + "_bias");
        }
        long p = k / 2;
        nodes.add(new OnnxNode("Conv", name, convIn, List.of(name + "_c"), List.of(
                OnnxNode.Attribute.ofInts("kernel_shape", k, k), OnnxNode.Attribute.ofInts("pads", p, p, p, p),
                OnnxNode.Attribute.ofInt("group", groups))));
        for (String part : new String[]{"scale", "beta", "mean", "var"}) {
            inits.add(init(name + "_" + part, new long[]{cout}, rnd, edit));
        }
        nodes.add(new OnnxNode("BatchNormalization", name + "_bn", List.of(name + "_c", name + "_scale", name + "_beta",
                name + "_mean", name + "_var"), List.of(name + "_n"), List.of()));
        nodes.add(node("Relu", name + "_relu", List.of(name + "_n"), name + "_r"));
        return name + "_r";
    }

    private static OnnxEncoder.Initializer init(String name, long[] dims, Random rnd, BiConsumer<String, float[]> edit) {
        int n = 1;
        for (long d : dims) n *= (int) d;
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = name.endsWith("_var") ? 0.5f + rnd.nextFloat() : (float) rnd.nextGaussian();
        edit.accept(name, v);
        return new OnnxEncoder.Initializer(name, dims, v);
    }

    private static OnnxNode node(String op, String name, List<String> in, String out) {
        return new OnnxNode(op, name, in, List.of(out), List.of());
    }

    /** The same model with every initializer stored as float_data (field 4) instead of raw_data. */
    static byte[] asFloatData(byte[] model) {
        ProtoWriter out = new ProtoWriter();
        ProtoReader r = new ProtoReader(model);
        while (r.next()) {
            if (r.field() != 7) {
                out.raw(r.skipRaw());
                continue;
            }
            ProtoWriter graph = new ProtoWriter();
            ProtoReader g = r.nested();
            while (g.next()) {
                if (g.field() != 5) {
                    graph.raw(g.skipRaw());
                    continue;
                }
                ProtoWriter t = new ProtoWriter();
                ProtoReader tr = g.nested();
                while (tr.next()) {
                    if (tr.field() != 9) {
                        t.raw(tr.skipRaw());
                        continue;
                    }
                    byte[] raw = tr.bytes();
                    float[] f = new float[raw.length / 4];
                    ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(f);
                    t.packedFloats(4, f);
                }
                graph.message(5, t);
            }
            out.message(7, graph);
        }
        return out.toByteArray();
    }

    /** Initializer dims of a model, by name. */
    static Map<String, long[]> dims(byte[] model) {
        Map<String, long[]> d = new java.util.HashMap<>();
        OnnxGraphReader.read(model).initializers().forEach((k, v) -> d.put(k, v.dims()));
        return d;
    }
}
