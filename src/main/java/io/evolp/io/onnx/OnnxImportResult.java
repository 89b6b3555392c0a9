package io.evolp.io.onnx;

import io.evolp.core.InputProblem;
import io.evolp.core.ModelSpec;

import java.util.List;
import java.util.Map;

/**
 * What {@link OnnxImport#read} found in an {@code .onnx} file.
 *
 * @param model                 explicit conv list (graph order) with input sizes from shape propagation;
 *                              its {@code gammas} are the same as {@link #gammas}
 * @param gammas                BN γ of each conv followed directly by a BatchNormalization, keyed by
 *                              conv index (as a string, as in the model JSON); convs without BN are absent
 * @param unsupportedOperators  operator types the importer cannot propagate shapes through, in order of
 *                              first appearance (not fatal: convs behind them use declared shapes or are
 *                              reported in {@link #problems})
 * @param problems              everything approximated or left out, located by node
 */
public record OnnxImportResult(ModelSpec model, Map<String, double[]> gammas, List<String> unsupportedOperators,
                               List<InputProblem> problems) {

    public OnnxImportResult {
        gammas = Map.copyOf(gammas);
        unsupportedOperators = List.copyOf(unsupportedOperators);
        problems = List.copyOf(problems);
    }
}
