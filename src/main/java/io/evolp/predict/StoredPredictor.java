package io.evolp.predict;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A predictor {@link PredictorStore} can write: it adds its own fields after format, kind and device. */
interface StoredPredictor {
    void writeTo(ObjectNode node);
}
