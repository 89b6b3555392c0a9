package io.evolp.evolve;

import io.evolp.predict.ModelPrediction;

/**
 * A whole-model prediction of an evolving predictor: the plain layer sum ({@code raw}), the
 * corrected latency, its 90% band, and which correction answered (the model's family or the pool).
 */
public record CorrectedPrediction(ModelPrediction raw, double correctedMs, Band band, String family,
                                  boolean familyCorrection) {

    public double rawMs() {
        return raw.latencyMs();
    }
}
