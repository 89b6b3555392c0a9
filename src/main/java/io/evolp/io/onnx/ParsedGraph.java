package io.evolp.io.onnx;

import java.util.List;
import java.util.Map;

/**
 * The parts of an ONNX graph the importer reads. Shapes use -1 for an unknown or symbolic dimension.
 *
 * @param valueShapes shapes declared for graph inputs, outputs and value_info (possibly partial)
 */
record ParsedGraph(String name, List<Node> nodes, Map<String, Tensor> initializers,
                   List<String> inputs, Map<String, long[]> valueShapes) {

    /** A NodeProto; {@code offset} is its byte offset in the file, for messages. */
    record Node(String opType, String name, List<String> inputs, List<String> outputs,
                Map<String, Attr> attributes, int offset) {

        long i(String attr, long fallback) {
            Attr a = attributes.get(attr);
            return a == null || a.ints() != null ? fallback : a.i();
        }

        long[] ints(String attr) {
            Attr a = attributes.get(attr);
            return a == null ? null : a.ints();
        }

        String s(String attr, String fallback) {
            Attr a = attributes.get(attr);
            return a == null || a.s() == null ? fallback : a.s();
        }

        /** "Conv 'name'" or "Conv #n" for messages. */
        String label() {
            return opType + (name.isEmpty() ? "" : " '" + name + "'");
        }
    }

    /** An attribute of the kinds the importer uses: int, ints, string, tensor (Constant's value). */
    record Attr(long i, long[] ints, String s, Tensor t) {
    }

    /**
     * A tensor's dims and, when stored inline as FLOAT or INT64, its values.
     *
     * @param floats null unless data type FLOAT with inline data
     * @param longs  null unless data type INT64 with inline data
     */
    record Tensor(String name, long[] dims, int dataType, float[] floats, long[] longs) {
    }
}
