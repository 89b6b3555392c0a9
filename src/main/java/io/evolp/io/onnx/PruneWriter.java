package io.evolp.io.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a pruned copy of ModelProto bytes: cut initializers are re-encoded (raw_data, whatever
 * form they came in), depthwise convs get their new {@code group}, value_info of tensors whose
 * channel count changed is dropped (ONNX Runtime infers it again) and graph inputs naming a cut
 * initializer (IR &lt; 4 files) get its new dims. Every other field — opsets, metadata, other nodes
 * and attributes, doc strings — is copied byte for byte.
 */
final class PruneWriter {

    private PruneWriter() {
    }

    static byte[] write(byte[] model, ParsedGraph g, Map<String, Map<Integer, int[]>> cuts, Map<Integer, Long> groups,
                        Set<String> changed) {
        ProtoReader r = new ProtoReader(model);
        ProtoWriter out = new ProtoWriter(model.length);
        while (r.next()) {
            if (r.field() == 7 && r.wireType() == ProtoWriter.LEN) out.message(7, graph(r.nested(), g, cuts, groups, changed));
            else out.raw(r.skipRaw());
        }
        return out.toByteArray();
    }

    /** Names of the graph outputs (GraphProto field 12). */
    static List<String> outputNames(byte[] model) {
        List<String> names = new ArrayList<>();
        ProtoReader r = new ProtoReader(model);
        while (r.next()) {
            if (r.field() != 7 || r.wireType() != ProtoWriter.LEN) {
                r.skip();
                continue;
            }
            ProtoReader graph = r.nested();
            while (graph.next()) {
                if (graph.field() == 12) names.add(name(graph.nested(), 1));
                else graph.skip();
            }
        }
        return names;
    }

    private static ProtoWriter graph(ProtoReader r, ParsedGraph g, Map<String, Map<Integer, int[]>> cuts,
                                     Map<Integer, Long> groups, Set<String> changed) {
        ProtoWriter w = new ProtoWriter(1 << 16);
        int node = 0;
        while (r.next()) {
            int f = r.field();
            byte[] raw = r.skipRaw();
            if (f == 1) {
                int i = node++;
                if (groups.containsKey(i)) {
                    w.message(1, node(open(raw), groups.get(i)));
                    continue;
                }
            } else if (f == 5) {
                ParsedGraph.Tensor t = g.initializers().get(name(open(raw), 8));
                if (t != null && cuts.containsKey(t.name())) {
                    w.message(5, tensor(t, cuts.get(t.name())));
                    continue;
                }
            } else if (f == 11) {
                String in = name(open(raw), 1);
                if (cuts.containsKey(in)) {
                    w.message(11, valueInfo(in, cutDims(g.initializers().get(in).dims(), cuts.get(in))));
                    continue;
                }
            } else if (f == 13 && changed.contains(name(open(raw), 1))) {
                continue;
            }
            w.raw(raw);
        }
        return w;
    }

    /** A reader over the message of one field copied whole by {@link ProtoReader#skipRaw}. */
    private static ProtoReader open(byte[] rawField) {
        ProtoReader f = new ProtoReader(rawField);
        f.next();
        return f.nested();
    }

    private static String name(ProtoReader msg, int field) {
        while (msg.next()) {
            if (msg.field() == field && msg.wireType() == ProtoWriter.LEN) return msg.string();
            msg.skip();
        }
        return "";
    }

    /** The node with its {@code group} attribute replaced. */
    private static ProtoWriter node(ProtoReader r, long group) {
        ProtoWriter w = new ProtoWriter();
        while (r.next()) {
            byte[] raw = r.skipRaw();
            if (r.field() == 5 && "group".equals(name(open(raw), 1))) {
                w.message(5, new ProtoWriter().string(1, "group").varint(3, group).varint(20, OnnxNode.Attribute.INT));
            } else {
                w.raw(raw);
            }
        }
        return w;
    }

    private static ProtoWriter tensor(ParsedGraph.Tensor t, Map<Integer, int[]> axes) {
        long[] dims = t.dims().clone();
        float[] values = t.floats();
        for (Map.Entry<Integer, int[]> e : axes.entrySet()) {
            values = slice(values, dims, e.getKey(), e.getValue());
            dims[e.getKey()] = e.getValue().length;
        }
        ByteBuffer raw = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(values);
        ProtoWriter w = new ProtoWriter(raw.capacity() + 64);
        for (long d : dims) w.varint(1, d);
        w.varint(2, OnnxEncoder.FLOAT);
        w.string(8, t.name());
        w.bytes(9, raw.array());
        return w;
    }

    /** Keeps positions {@code keep} of axis {@code axis} of a row-major tensor of shape {@code dims}. */
    static float[] slice(float[] values, long[] dims, int axis, int[] keep) {
        long outer = 1, inner = 1;
        for (int i = 0; i < axis; i++) outer *= dims[i];
        for (int i = axis + 1; i < dims.length; i++) inner *= dims[i];
        int n = (int) dims[axis], in = (int) inner;
        float[] out = new float[(int) (outer * keep.length * inner)];
        int at = 0;
        for (long o = 0; o < outer; o++) {
            for (int k : keep) {
                System.arraycopy(values, (int) ((o * n + k) * inner), out, at, in);
                at += in;
            }
        }
        return out;
    }

    private static long[] cutDims(long[] dims, Map<Integer, int[]> axes) {
        long[] d = dims.clone();
        axes.forEach((a, k) -> d[a] = k.length);
        return d;
    }

    private static ProtoWriter valueInfo(String name, long[] dims) {
        ProtoWriter shape = new ProtoWriter();
        for (long d : dims) shape.message(1, new ProtoWriter().varint(1, d));
        ProtoWriter tensorType = new ProtoWriter().varint(1, OnnxEncoder.FLOAT).message(2, shape);
        return new ProtoWriter().string(1, name).message(2, new ProtoWriter().message(1, tensorType));
    }
}
