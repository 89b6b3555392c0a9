package io.evolp.io.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes ModelProto bytes into a {@link ParsedGraph} (onnx.proto field numbers). Unknown fields are
 * skipped, as protobuf requires; malformed bytes throw {@link ProtoException} with the offset.
 */
final class OnnxGraphReader {

    static final int FLOAT = 1;
    static final int INT64 = 7;
    private static final long MAX_DECODED = 1 << 20;

    private OnnxGraphReader() {
    }

    /** @throws ProtoException for malformed bytes; IllegalArgumentException when there is no graph */
    static ParsedGraph read(byte[] bytes) {
        return read(bytes, MAX_DECODED);
    }

    /** As {@link #read(byte[])}, decoding the values of tensors up to {@code maxDecoded} elements (pruning needs all). */
    static ParsedGraph read(byte[] bytes, long maxDecoded) {
        ProtoReader r = new ProtoReader(bytes);
        ParsedGraph graph = null;
        while (r.next()) {
            if (r.field() == 7 && r.wireType() == ProtoWriter.LEN) graph = graph(r.nested(), maxDecoded);
            else r.skip();
        }
        if (graph == null) throw new IllegalArgumentException("not an ONNX model: no graph (ModelProto field 7) found");
        return graph;
    }

    private static ParsedGraph graph(ProtoReader r, long maxDecoded) {
        String name = "";
        List<ParsedGraph.Node> nodes = new ArrayList<>();
        Map<String, ParsedGraph.Tensor> inits = new LinkedHashMap<>();
        List<String> inputs = new ArrayList<>();
        Map<String, long[]> shapes = new HashMap<>();
        while (r.next()) {
            switch (r.field()) {
                case 1 -> nodes.add(node(r.fieldOffset(), r.nested(), maxDecoded));
                case 2 -> name = r.string();
                case 5 -> {
                    ParsedGraph.Tensor t = tensor(r.nested(), maxDecoded);
                    inits.put(t.name(), t);
                }
                case 11, 12, 13 -> {
                    boolean input = r.field() == 11;
                    Object[] v = valueInfo(r.nested());
                    if (input) inputs.add((String) v[0]);
                    if (v[1] != null) shapes.put((String) v[0], (long[]) v[1]);
                }
                default -> r.skip();
            }
        }
        return new ParsedGraph(name, nodes, inits, inputs, shapes);
    }

    private static ParsedGraph.Node node(int offset, ProtoReader r, long maxDecoded) {
        List<String> in = new ArrayList<>(), out = new ArrayList<>();
        String name = "", op = "";
        Map<String, ParsedGraph.Attr> attrs = new HashMap<>();
        while (r.next()) {
            switch (r.field()) {
                case 1 -> in.add(r.string());
                case 2 -> out.add(r.string());
                case 3 -> name = r.string();
                case 4 -> op = r.string();
                case 5 -> attribute(r.nested(), attrs, maxDecoded);
                default -> r.skip();
            }
        }
        return new ParsedGraph.Node(op, name, in, out, attrs, offset);
    }

    private static void attribute(ProtoReader r, Map<String, ParsedGraph.Attr> attrs, long maxDecoded) {
        String name = "";
        long i = 0;
        List<Long> ints = new ArrayList<>();
        boolean hasInts = false;
        String s = null;
        ParsedGraph.Tensor t = null;
        while (r.next()) {
            switch (r.field()) {
                case 1 -> name = r.string();
                case 3 -> i = r.varint();
                case 4 -> s = r.string();
                case 5 -> t = tensor(r.nested(), maxDecoded);
                case 8 -> {
                    hasInts = true;
                    r.varints(ints::add);
                }
                default -> r.skip();
            }
        }
        long[] arr = hasInts ? ints.stream().mapToLong(Long::longValue).toArray() : null;
        attrs.put(name, new ParsedGraph.Attr(i, arr, s, t));
    }

    private static ParsedGraph.Tensor tensor(ProtoReader r, long maxDecoded) {
        List<Long> dims = new ArrayList<>();
        int type = 0;
        String name = "";
        FloatList floats = new FloatList();
        List<Long> longs = new ArrayList<>();
        byte[] raw = null;
        while (r.next()) {
            switch (r.field()) {
                case 1 -> r.varints(dims::add);
                case 2 -> type = (int) r.varint();
                case 4 -> r.floats(floats::add);
                case 7 -> r.varints(longs::add);
                case 8 -> name = r.string();
                case 9 -> raw = r.bytes();
                default -> r.skip();
            }
        }
        long[] d = dims.stream().mapToLong(Long::longValue).toArray();
        float[] f = null;
        long[] l = null;
        long elements = 1;
        for (long x : d) elements *= Math.max(x, 0);
        // Values are needed only for small tensors (BN γ, Reshape shapes); conv weights need just dims.
        if (elements > maxDecoded) return new ParsedGraph.Tensor(name, d, type, null, null);
        if (type == FLOAT) {
            if (raw != null) {
                f = new float[raw.length / 4];
                ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(f);
            } else if (floats.size > 0) {
                f = floats.toArray();
            }
        } else if (type == INT64) {
            if (raw != null) {
                l = new long[raw.length / 8];
                ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(l);
            } else if (!longs.isEmpty()) {
                l = longs.stream().mapToLong(Long::longValue).toArray();
            }
        }
        return new ParsedGraph.Tensor(name, d, type, f, l);
    }

    /** [name, dims or null]; symbolic or missing dimensions become -1. */
    private static Object[] valueInfo(ProtoReader r) {
        String name = "";
        long[] dims = null;
        while (r.next()) {
            if (r.field() == 1) name = r.string();
            else if (r.field() == 2) dims = tensorTypeDims(r.nested());
            else r.skip();
        }
        return new Object[]{name, dims};
    }

    private static long[] tensorTypeDims(ProtoReader type) {
        long[] dims = null;
        while (type.next()) {
            if (type.field() != 1) {
                type.skip();
                continue;
            }
            ProtoReader tensor = type.nested();
            while (tensor.next()) {
                if (tensor.field() != 2) {
                    tensor.skip();
                    continue;
                }
                List<Long> d = new ArrayList<>();
                ProtoReader shape = tensor.nested();
                while (shape.next()) {
                    if (shape.field() != 1) {
                        shape.skip();
                        continue;
                    }
                    long v = -1;
                    ProtoReader dim = shape.nested();
                    while (dim.next()) {
                        if (dim.field() == 1) v = dim.varint();
                        else dim.skip();
                    }
                    d.add(v);
                }
                dims = d.stream().mapToLong(Long::longValue).toArray();
            }
        }
        return dims;
    }

    /** Growable float array (avoids boxing millions of weights stored as float_data). */
    private static final class FloatList {
        float[] data = new float[16];
        int size;

        void add(float v) {
            if (size == data.length) data = java.util.Arrays.copyOf(data, size * 2);
            data[size++] = v;
        }

        float[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
