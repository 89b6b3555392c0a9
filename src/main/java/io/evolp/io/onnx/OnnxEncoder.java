package io.evolp.io.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Encodes a graph into ONNX ModelProto bytes (onnx.proto field numbers). IR version 8 with the
 * default-domain opset 13: ORT 1.28 runs it, and at 13 every operator the exporter uses has its
 * modern form (BatchNormalization without the training outputs, Concat/Add with broadcasting).
 */
final class OnnxEncoder {

    static final long IR_VERSION = 8;
    static final long OPSET = 13;
    static final int FLOAT = 1; // TensorProto.DataType.FLOAT

    private OnnxEncoder() {
    }

    /** A float input/output of the graph: name and NCHW (or any) dims. */
    record ValueInfo(String name, long[] dims) {
    }

    /** A FLOAT initializer, stored as little-endian raw_data. */
    record Initializer(String name, long[] dims, float[] values) {
    }

    static byte[] model(String graphName, List<OnnxNode> nodes, List<Initializer> initializers,
                        List<ValueInfo> inputs, List<ValueInfo> outputs, String docString) {
        ProtoWriter graph = new ProtoWriter(1 << 16);
        for (OnnxNode n : nodes) graph.message(1, node(n));
        graph.string(2, graphName);
        for (Initializer init : initializers) graph.message(5, tensor(init));
        if (docString != null && !docString.isEmpty()) graph.string(10, docString);
        for (ValueInfo in : inputs) graph.message(11, valueInfo(in));
        for (ValueInfo out : outputs) graph.message(12, valueInfo(out));

        ProtoWriter model = new ProtoWriter(graph.size() + 64);
        model.varint(1, IR_VERSION);
        model.string(2, "evolp-workbench");
        model.string(3, "1");
        model.message(7, graph);
        model.message(8, new ProtoWriter().string(1, "").varint(2, OPSET));
        return model.toByteArray();
    }

    private static ProtoWriter node(OnnxNode n) {
        ProtoWriter w = new ProtoWriter();
        for (String in : n.inputs()) w.string(1, in);
        for (String out : n.outputs()) w.string(2, out);
        w.string(3, n.name());
        w.string(4, n.opType());
        for (OnnxNode.Attribute a : n.attributes()) w.message(5, attribute(a));
        return w;
    }

    private static ProtoWriter attribute(OnnxNode.Attribute a) {
        ProtoWriter w = new ProtoWriter();
        w.string(1, a.name());
        switch (a.type()) {
            case OnnxNode.Attribute.FLOAT -> w.floatField(2, a.f());
            case OnnxNode.Attribute.INT -> w.varint(3, a.i());
            case OnnxNode.Attribute.STRING -> w.string(4, a.s());
            case OnnxNode.Attribute.INTS -> {
                // proto2 repeated int64 is unpacked by default; every ONNX reader accepts this form.
                for (long v : a.ints()) w.varint(8, v);
            }
            default -> throw new IllegalArgumentException("attribute type " + a.type());
        }
        w.varint(20, a.type());
        return w;
    }

    private static ProtoWriter tensor(Initializer t) {
        ByteBuffer raw = ByteBuffer.allocate(4 * t.values().length).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(t.values());
        ProtoWriter w = new ProtoWriter(raw.capacity() + 64);
        for (long d : t.dims()) w.varint(1, d);
        w.varint(2, FLOAT);
        w.string(8, t.name());
        w.bytes(9, raw.array());
        return w;
    }

    private static ProtoWriter valueInfo(ValueInfo v) {
        ProtoWriter shape = new ProtoWriter();
        for (long d : v.dims()) shape.message(1, new ProtoWriter().varint(1, d));
        ProtoWriter tensorType = new ProtoWriter().varint(1, FLOAT).message(2, shape);
        ProtoWriter type = new ProtoWriter().message(1, tensorType);
        return new ProtoWriter().string(1, v.name()).message(2, type);
    }
}
