package io.evolp.predict;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.core.ModelSpec;
import io.evolp.task.ProgressMonitor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Base of the per-key predictors (evolp, lut): a hash map from configuration key to that key's
 * model, so the hot path is one lookup plus the model. Keys the data does not cover are predicted
 * by the nearest covered key scaled by the MAC ratio ({@link NearestKey}); if no covered key can hold
 * the layer (only grouped keys with other group counts), by a device-wide MAC line. Either way
 * {@link #covers} is false for them, so whole-model predictions list them as unseen.
 */
abstract class KeyedPredictor implements LatencyPredictor {

    private final String device;
    private final Map<ConfigKey, KeyModel> models;
    private final KeyIndex<KeyModel> index;
    private final MacLine general;

    KeyedPredictor(String device, Map<ConfigKey, KeyModel> models, MacLine general) {
        if (models.isEmpty()) throw new IllegalArgumentException("a predictor needs at least one key");
        this.device = device;
        this.models = new HashMap<>(models);
        this.index = new KeyIndex<>(models);
        this.general = general;
    }

    @Override
    public String device() {
        return device;
    }

    @Override
    public double predictLayer(LayerConfig layer) {
        KeyModel m = index.get(layer);
        return m != null ? m.predict(layer) : predictUnseen(layer);
    }

    /** Same result as the interface default, with one key lookup per layer instead of two. */
    @Override
    public ModelPrediction predictModel(ModelSpec model) {
        List<LayerConfig> convs = model.convs();
        int n = convs.size();
        double[] layers = new double[n];
        double sum = 0;
        Set<ConfigKey> unseen = null;
        for (int i = 0; i < n; i++) {
            LayerConfig c = convs.get(i);
            KeyModel m = index.get(c);
            if (m != null) {
                layers[i] = m.predict(c);
            } else {
                layers[i] = predictUnseen(c);
                if (unseen == null) unseen = new TreeSet<>();
                unseen.add(c.key());
            }
            sum += layers[i];
        }
        if (unseen == null) return new ModelPrediction(sum, layers, List.of());
        List<String> labels = new ArrayList<>();
        for (ConfigKey k : unseen) labels.add(k.label());
        return new ModelPrediction(sum, layers, labels);
    }

    /** Prediction for a layer whose key has no model; subclasses with a global learner override it. */
    double predictUnseen(LayerConfig layer) {
        ConfigKey stand = NearestKey.find(layer.key(), models.keySet(), layer.cin(), layer.cout());
        if (stand == null) return general.predict(layer);
        LayerConfig proxy = stand.layer(layer.cin(), layer.cout());
        return models.get(stand).predict(proxy) * ((double) layer.macs() / proxy.macs());
    }

    @Override
    public boolean covers(ConfigKey key) {
        return models.containsKey(key);
    }

    /** Sum of the layer predictions without the per-layer bookkeeping of {@link #predictModel}. */
    public double predictSum(List<LayerConfig> layers) {
        double sum = 0;
        for (int i = 0, n = layers.size(); i < n; i++) sum += predictLayer(layers.get(i));
        return sum;
    }

    /**
     * The key models after retraining only {@code keys} on {@code data} (layer-level evolution:
     * new measurements of a few keys must not cost a full retrain); every other key keeps its model.
     */
    final Map<ConfigKey, KeyModel> retrainedModels(LayerDataset data, Set<ConfigKey> keys,
                                                   java.util.function.Function<KeySamples, KeyModel> trainer,
                                                   ProgressMonitor pm) {
        Map<ConfigKey, KeySamples> byKey = KeySamples.byKey(data);
        Map<ConfigKey, KeyModel> next = new HashMap<>(models);
        int done = 0;
        for (ConfigKey k : keys) {
            pm.checkCancelled();
            pm.progress(done++, keys.size(), "retraining " + k.label());
            KeySamples s = byKey.get(k);
            if (s != null) next.put(k, trainer.apply(s));
        }
        pm.progress(done, keys.size(), "retrained " + done + " keys");
        return next;
    }

    /** The model of a covered key (for the file mapper). */
    KeyModel model(ConfigKey key) {
        return models.get(key);
    }

    /** The device-wide MAC line for keys no covered key can stand in for. */
    MacLine general() {
        return general;
    }

    /** Covered keys, sorted by label. */
    public Set<ConfigKey> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(models.keySet()));
    }

    /** One line of training summary per covered key, sorted by label. */
    public List<KeyReport> reports() {
        List<KeyReport> out = new ArrayList<>();
        for (ConfigKey k : keys()) {
            KeyModel m = models.get(k);
            double val = m instanceof NetKeyModel net ? net.validationMse() : Double.NaN;
            out.add(new KeyReport(k, m.model(), m.samples(), val));
        }
        return out;
    }

}
