package io.evolp.io.onnx;

import java.util.List;

/**
 * One conv of an imported model after pruning, numbered as {@link OnnxImport} numbers the convs.
 *
 * @param index     conv index in the imported model (graph order)
 * @param node      the Conv node's name in the file (may be empty)
 * @param channels  output channels before pruning
 * @param requested the width the compression asked for
 * @param width     output channels kept in the pruned graph
 * @param kept      indices of the kept output channels, ascending
 * @param tiedWith  other convs whose outputs must keep the same channels (residual Add, depthwise input)
 * @param note      why {@code width} differs from {@code requested} or how the channels were tied; empty when neither
 */
public record PrunedLayer(int index, String node, int channels, int requested, int width, List<Integer> kept,
                          List<Integer> tiedWith, String note) {

    public PrunedLayer {
        kept = List.copyOf(kept);
        tiedWith = List.copyOf(tiedWith);
    }
}
