package io.evolp.measure.local;

import io.evolp.core.LayerConfig;

/** Tiny layers that measure in well under a millisecond, to keep the tests fast. */
final class LocalLayers {

    static final LayerConfig SMALL = LayerConfig.of(14, 8, 16, 3, 1, 1, 1);

    private LocalLayers() {
    }
}
