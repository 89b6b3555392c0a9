package io.evolp.predict.transfer;

import io.evolp.core.LayerConfig;

/**
 * The families per-family scales are learnt for: the configuration key, and below it the key split
 * by channel alignment — runtimes pick different kernels for channel counts that are multiples of 4
 * (ONNX Runtime's NCHWc layout, measured in sample-data/measured), so the source/target ratio of an
 * aligned and an unaligned layer of one key can differ.
 */
final class Families {

    private Families() {
    }

    static String key(LayerConfig c) {
        return c.key().label();
    }

    static String aligned(LayerConfig c) {
        boolean a = c.cin() % 4 == 0 && c.cout() % 4 == 0;
        return key(c) + (a ? " |4" : " ~4");
    }
}
