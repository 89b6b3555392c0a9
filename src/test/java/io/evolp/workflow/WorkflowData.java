package io.evolp.workflow;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;

/** Small synthetic layer datasets for the workflow tests. */
final class WorkflowData {

    private WorkflowData() {
    }

    /** Two keys (input sizes 8 and 16), {@code perKey} rows each, latency = MACs · 1e-6 ms (+ a key offset). */
    static LayerDataset twoKeys(int perKey) {
        LayerDataset.Builder b = LayerDataset.builder("test-device");
        for (int k = 0; k < 2; k++) {
            for (int r = 0; r < perKey; r++) {
                LayerConfig c = LayerConfig.of(8 + 8 * k, 1 + r, 2 + r % 5, 3, 1, 1, 1);
                b.add(c, c.macs() * 1e-6 + 0.01 * (k + 1));
            }
        }
        return b.build();
    }
}
