package io.evolp.predict;

import io.evolp.core.LayerConfig;

/** Latency model of one configuration key (a net, a table, or a MAC line), immutable. */
interface KeyModel {

    /** Latency in ms of a layer of this model's key. */
    double predict(LayerConfig layer);

    /** Model type written as {@code "model"} in JSON. */
    String model();

    /** Number of measured rows the model was built from. */
    int samples();

}
