package io.evolp.predict;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;

import java.util.Map;
import java.util.TreeMap;

/** The rows of one configuration key as plain arrays (channels, MACs, latency in ms). */
record KeySamples(ConfigKey key, int[] cin, int[] cout, double[] macs, double[] latency) {

    int size() {
        return latency.length;
    }

    /** Per-key samples sorted by key label, so training order (and progress) is stable. */
    static Map<ConfigKey, KeySamples> byKey(LayerDataset data) {
        Map<ConfigKey, KeySamples> out = new TreeMap<>();
        for (Map.Entry<ConfigKey, int[]> e : data.rowsByKey().entrySet()) {
            int[] rows = e.getValue();
            int n = rows.length;
            int[] cin = new int[n], cout = new int[n];
            double[] macs = new double[n], lat = new double[n];
            for (int i = 0; i < n; i++) {
                LayerConfig c = data.config(rows[i]);
                cin[i] = c.cin();
                cout[i] = c.cout();
                macs[i] = c.macs();
                lat[i] = data.latency(rows[i]);
            }
            out.put(e.getKey(), new KeySamples(e.getKey(), cin, cout, macs, lat));
        }
        return out;
    }

    /** Device-wide MAC line over all rows, the last-resort model for layers no key can hold. */
    static MacLine generalLine(LayerDataset data) {
        double[] macs = new double[data.size()], lat = new double[data.size()];
        for (int i = 0; i < data.size(); i++) {
            macs[i] = data.config(i).macs();
            lat[i] = data.latency(i);
        }
        return MacLine.fit(macs, lat);
    }
}
