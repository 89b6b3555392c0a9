package io.evolp.predict;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;

import java.util.Map;

/**
 * Open-addressing table from configuration key to model that is probed with a {@link LayerConfig}
 * directly: the key's fields are hashed and compared in place, so the prediction hot path neither
 * allocates a {@link ConfigKey} nor runs the record's generic hashCode/equals.
 */
final class KeyIndex<V> {

    private final ConfigKey[] keys;
    private final Object[] values;
    private final int mask;

    KeyIndex(Map<ConfigKey, V> map) {
        int cap = Integer.highestOneBit(Math.max(4, map.size() * 4) - 1) << 1; // load factor <= 1/4
        keys = new ConfigKey[cap];
        values = new Object[cap];
        mask = cap - 1;
        for (Map.Entry<ConfigKey, V> e : map.entrySet()) {
            ConfigKey k = e.getKey();
            int i = hash(k.inputSize(), k.kh(), k.kw(), k.sh(), k.sw(), k.ph(), k.pw(), k.bias(), k.groupKind()) & mask;
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = k;
            values[i] = e.getValue();
        }
    }

    /** The value for the layer's key, or null when the key is not in the table. */
    @SuppressWarnings("unchecked")
    V get(LayerConfig c) {
        int g = c.groups() == 1 ? ConfigKey.DENSE : c.groups() == c.cin() ? ConfigKey.DEPTHWISE : c.groups();
        int i = hash(c.inputSize(), c.kh(), c.kw(), c.sh(), c.sw(), c.ph(), c.pw(), c.bias(), g) & mask;
        ConfigKey k;
        while ((k = keys[i]) != null) {
            if (k.inputSize() == c.inputSize() && k.kh() == c.kh() && k.kw() == c.kw() && k.sh() == c.sh()
                    && k.sw() == c.sw() && k.ph() == c.ph() && k.pw() == c.pw() && k.bias() == c.bias()
                    && k.groupKind() == g) {
                return (V) values[i];
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    private static int hash(int in, int kh, int kw, int sh, int sw, int ph, int pw, boolean bias, int g) {
        int h = in;
        h = h * 31 + kh;
        h = h * 31 + kw;
        h = h * 31 + sh;
        h = h * 31 + sw;
        h = h * 31 + ph;
        h = h * 31 + pw;
        h = h * 31 + (bias ? 1 : 0);
        h = h * 31 + g;
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
