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
 * A boosted ensemble specialised per configuration key ({@link GbtModel#specialise}, then
 * {@link KeyTable}): within a key only the channel counts vary, so every split on the key's own
 * features is decided once. Seen keys
 * are specialised up front (found without allocation through {@link KeyIndex}); other keys on first
 * use, up to {@value #MAX_LAZY} of them — the result depends only on the key, never on the model
 * or channel counts being predicted. Same predictions as the full ensemble, several times faster.
 */
final class PerKeyModels {

    static final int MAX_LAZY = 4096;

    private final GbtModel full;
    private final KeyIndex<KeyTable> seen;
    private final Map<ConfigKey, KeyTable> lazy = new ConcurrentHashMap<>();

    PerKeyModels(GbtModel full, Set<ConfigKey> keys) {
        this.full = full;
        Map<ConfigKey, KeyTable> m = new HashMap<>();
        for (ConfigKey k : keys) m.put(k, new KeyTable(full, k));
        this.seen = new KeyIndex<>(m);
    }

    /** The table of a key seen in training, or null (no allocation on this path). */
    KeyTable seenTable(LayerConfig c) {
        return seen.get(c);
    }

    /** log latency of the layer: through its key's table, or the full ensemble past the lazy cap. */
    double predictLog(LayerConfig c) {
        KeyTable t = seen.get(c);
        if (t == null) {
            ConfigKey k = c.key();
            t = lazy.get(k);
            if (t == null) {
                if (lazy.size() >= MAX_LAZY) return full.predict(LayerFeatures.of(c));
                t = lazy.computeIfAbsent(k, key -> new KeyTable(full, key));
            }
        }
        return t.predictLog(c);
    }

    static GbtModel specialise(GbtModel full, ConfigKey k) {
        int g = k.groupKind();
        int c = g == ConfigKey.DEPTHWISE ? 4 : Math.max(1, g); // any valid layer of the key
        double[] values = LayerFeatures.of(k.layer(c, c));
        return full.specialise(values, LayerFeatures.fixedWithinKey(k.depthwise()));
    }
}
