package io.evolp.measure.agent;

import io.evolp.core.LayerConfig;
import io.evolp.measure.local.LocalSettings;

/**
 * A validated {@code POST /v1/measure}: exactly one of {@code layer} and {@code modelSha256}.
 *
 * @param async true: answer 202 with a job at once and let the client poll {@code /v1/jobs/{id}};
 *              false: answer when the measurement is done
 */
record MeasureRequest(LayerConfig layer, String modelSha256, LocalSettings settings, boolean async) {

    MeasureRequest {
        if ((layer == null) == (modelSha256 == null)) throw new IllegalArgumentException("exactly one of layer and model");
    }

    String describe() {
        return layer != null ? "layer " + AgentWireMapper.describe(layer) : "model " + modelSha256.substring(0, 12) + "…";
    }
}
