package io.evolp.predict;

import java.util.List;

/**
 * Whole-model prediction: the sum of the per-layer predictions, the layers themselves, and the
 * configuration keys (labels) the predictor had no training data for.
 */
public record ModelPrediction(double latencyMs, double[] layersMs, List<String> unseenKeys) {
}
