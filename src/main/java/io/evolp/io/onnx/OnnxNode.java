package io.evolp.io.onnx;

import java.util.List;

/**
 * One ONNX NodeProto as the exporter builds it.
 *
 * @param attributes in the order they are written
 */
record OnnxNode(String opType, String name, List<String> inputs, List<String> outputs, List<Attribute> attributes) {

    OnnxNode {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        attributes = List.copyOf(attributes);
    }

    /** AttributeProto of the types the exporter uses: INT, FLOAT, STRING, INTS. */
    record Attribute(String name, int type, long i, float f, long[] ints, String s) {

        static final int FLOAT = 1;
        static final int INT = 2;
        static final int STRING = 3;
        static final int INTS = 7;

        static Attribute ofInt(String name, long v) {
            return new Attribute(name, INT, v, 0, null, null);
        }

        static Attribute ofFloat(String name, float v) {
            return new Attribute(name, FLOAT, 0, v, null, null);
        }

        static Attribute ofInts(String name, long... v) {
            return new Attribute(name, INTS, 0, 0, v.clone(), null);
        }

        static Attribute ofString(String name, String v) {
            return new Attribute(name, STRING, 0, 0, null, v);
        }
    }
}
