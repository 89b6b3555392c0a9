package io.evolp.predict;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.predict.features.LayerFeatures;
import io.evolp.predict.gbt.GbtModel;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A boosted ensemble specialised per configuration key ({@link GbtModel#specialise}): within a key
 * only the channel counts vary, so every split on the key's own features is decided once. Seen keys
 * are specialised up front (found without allocation through {@link KeyIndex}); other keys on first
 * use, up to {@value #MAX_LAZY} of them — the result depends only on the key, never on the model
 * or channel counts being predicted. Same predictions as the full ensemble, several times faster.
 */
final class PerKeyModels {

    static final int MAX_LAZY = 4096;

    private final GbtModel full;
    private final KeyIndex<GbtModel> seen;
    private final Map<ConfigKey, GbtModel> lazy = new ConcurrentHashMap<>();

    PerKeyModels(GbtModel full, Set<ConfigKey> keys) {
        this.full = full;
        Map<ConfigKey, GbtModel> m = new HashMap<>();
        for (ConfigKey k : keys) m.put(k, specialise(full, k));
        this.seen = new KeyIndex<>(m);
    }

    GbtModel model(LayerConfig c) {
        GbtModel m = seen.get(c);
        if (m != null) return m;
        ConfigKey k = c.key();
        m = lazy.get(k);
        if (m != null) return m;
        if (lazy.size() >= MAX_LAZY) return full;
        return lazy.computeIfAbsent(k, key -> specialise(full, key));
    }

    static GbtModel specialise(GbtModel full, ConfigKey k) {
        int g = k.groupKind();
        int c = g == ConfigKey.DEPTHWISE ? 4 : Math.max(1, g); // any valid layer of the key
        double[] values = LayerFeatures.of(k.layer(c, c));
        return full.specialise(values, LayerFeatures.fixedWithinKey(k.depthwise()));
    }
}
