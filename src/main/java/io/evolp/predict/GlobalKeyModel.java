package io.evolp.predict;

import io.evolp.core.LayerConfig;

/**
 * The model of a key with too few rows for a net: the predictor's global learner (gradient-boosted
 * trees over all rows of the device), which knows this key's rows and every other key's. Replaces
 * the MAC-scaling fallback, which turned a single 2 ms row into an 83 ms prediction.
 */
record GlobalKeyModel(GbtPredictor global, int samples) implements KeyModel {

    static final String MODEL = "global";

    @Override
    public double predict(LayerConfig layer) {
        return global.predictLayer(layer);
    }

    @Override
    public String model() {
        return MODEL;
    }

}
