package io.evolp.ui.compression;

import io.evolp.core.ModelSpec;
import io.evolp.predict.LatencyPredictor;
import io.evolp.workflow.ImportanceChoice;


/**
 * What the setup form says, as plain values a worker may read: the model to compress, the trained
 * base predictor, the correction kind and where the channel importance comes from.
 *
 * @param modelLabel what the model combo shows (an architecture id or a file name)
 */
record SetupChoice(ModelSpec model, String modelLabel, LatencyPredictor predictor, String predictorName,
                   String correction, ImportanceChoice importance) {
}
