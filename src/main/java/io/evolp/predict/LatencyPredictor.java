package io.evolp.predict;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Predicts the latency (ms) of single layers on one device; a model's latency is the sum of its
 * layers (DESIGN §1.5). Implementations are immutable and thread-safe once trained.
 */
public interface LatencyPredictor {

    /** Kind id used in files and on the command line: evolp, lut, flops, forest. */
    String kind();

    /** Device whose data trained this predictor. */
    String device();

    /** Predicted latency of one layer in ms (never NaN, never negative). */
    double predictLayer(LayerConfig layer);

    /**
     * Whether the training data contained this configuration key. Predictions for uncovered keys
     * are extrapolations and are listed as {@code unseen_keys} so the user knows.
     */
    boolean covers(ConfigKey key);

    default ModelPrediction predictModel(ModelSpec model) {
        List<LayerConfig> convs = model.convs();
        double[] layers = new double[convs.size()];
        double sum = 0;
        Set<ConfigKey> unseen = new TreeSet<>();
        for (int i = 0; i < layers.length; i++) {
            LayerConfig c = convs.get(i);
            layers[i] = predictLayer(c);
            sum += layers[i];
            ConfigKey k = c.key();
            if (!covers(k)) unseen.add(k);
        }
        List<String> labels = new ArrayList<>();
        for (ConfigKey k : unseen) labels.add(k.label());
        return new ModelPrediction(sum, layers, labels);
    }
}
