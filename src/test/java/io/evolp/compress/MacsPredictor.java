package io.evolp.compress;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.predict.LatencyPredictor;

/** A stand-in layer predictor for the tests: 1e-8 ms per MAC plus a fixed cost per layer. */
final class MacsPredictor implements LatencyPredictor {

    private final double perLayerMs;

    MacsPredictor(double perLayerMs) {
        this.perLayerMs = perLayerMs;
    }

    MacsPredictor() {
        this(0.01);
    }

    @Override public String kind() { return "macs-test"; }

    @Override public String device() { return "test"; }

    @Override public double predictLayer(LayerConfig layer) { return 1e-8 * layer.macs() + perLayerMs; }

    @Override public boolean covers(ConfigKey key) { return true; }
}
