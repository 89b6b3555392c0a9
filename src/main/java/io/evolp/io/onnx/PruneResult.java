package io.evolp.io.onnx;

import java.util.List;

/**
 * A pruned ONNX model and how it was cut.
 *
 * @param layers     every conv of the imported model, in its order
 * @param importance how kept channels were chosen (BN γ, or filter L1 norms where a conv has no BN)
 * @param notes      channel sets left unpruned and why, once each
 * @param onnx       the pruned model's bytes
 */
public record PruneResult(List<PrunedLayer> layers, String importance, List<String> notes, byte[] onnx) {

    public PruneResult {
        layers = List.copyOf(layers);
        notes = List.copyOf(notes);
    }

    /** The widths actually exported, one per conv. */
    public List<Integer> widths() {
        return layers.stream().map(PrunedLayer::width).toList();
    }
}
