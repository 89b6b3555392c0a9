package io.evolp.predict.eval;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;

/** Small synthetic datasets for the evaluation tests. */
final class Datasets {

    private Datasets() {
    }

    /**
     * One key per entry of {@code rowsPerKey} (input sizes 8, 9, 10, …), rows with distinct
     * (cin, cout) and latency = (key index + 1) · MACs · 1e-6 ms, so a per-key scale factor fits exactly.
     */
    static LayerDataset keyed(int... rowsPerKey) {
        LayerDataset.Builder b = LayerDataset.builder("test-device");
        for (int k = 0; k < rowsPerKey.length; k++) {
            for (int r = 0; r < rowsPerKey[k]; r++) {
                LayerConfig c = LayerConfig.of(8 + k, 1 + r, 2 + r % 7, 3, 1, 1, 1);
                b.add(c, (k + 1) * c.macs() * 1e-6);
            }
        }
        return b.build();
    }
}
