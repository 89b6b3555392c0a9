package io.evolp.ui.datasets;

import io.evolp.analysis.KeyOrder;
import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.task.ProgressMonitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the screen needs per row but the columnar dataset only yields by building a LayerConfig:
 * the configuration key (as a small id, ids in numeric key order so sorting by key is sorting by id)
 * and the MACs. Built once per selected dataset, off the FX thread (≈ 0.1–0.3 s for 1M rows);
 * immutable afterwards, so table cells and workers may read it concurrently.
 */
final class DatasetIndex {

    private final LayerDataset data;
    private final List<ConfigKey> keys;
    private final String[] labels;
    private final int[] keyId;
    private final int[] keyCount;
    private final long[] macs;

    private DatasetIndex(LayerDataset data, List<ConfigKey> keys, int[] keyId, int[] keyCount, long[] macs) {
        this.data = data;
        this.keys = List.copyOf(keys);
        this.labels = keys.stream().map(ConfigKey::label).toArray(String[]::new);
        this.keyId = keyId;
        this.keyCount = keyCount;
        this.macs = macs;
    }

    static DatasetIndex build(LayerDataset data, ProgressMonitor monitor) {
        int n = data.size();
        Map<ConfigKey, Integer> firstSeen = new HashMap<>();
        List<ConfigKey> seen = new ArrayList<>();
        int[] rawId = new int[n];
        long[] macs = new long[n];
        for (int i = 0; i < n; i++) {
            if ((i & 0xFFFF) == 0) {
                monitor.checkCancelled();
                monitor.progress(i, n, "indexing rows");
            }
            LayerConfig c = data.config(i);
            ConfigKey k = c.key();
            Integer id = firstSeen.get(k);
            if (id == null) {
                id = seen.size();
                firstSeen.put(k, id);
                seen.add(k);
            }
            rawId[i] = id;
            macs[i] = c.macs();
        }
        // Renumber so that id order is numeric key order (14 before 112; the key column sorts by id).
        List<ConfigKey> sorted = new ArrayList<>(seen);
        sorted.sort(KeyOrder.NUMERIC);
        int[] remap = new int[seen.size()];
        for (int i = 0; i < seen.size(); i++) remap[i] = sorted.indexOf(seen.get(i));
        int[] count = new int[sorted.size()];
        for (int i = 0; i < n; i++) {
            rawId[i] = remap[rawId[i]];
            count[rawId[i]]++;
        }
        return new DatasetIndex(data, sorted, rawId, count, macs);
    }

    LayerDataset data() { return data; }
    int size() { return data.size(); }
    List<ConfigKey> keys() { return keys; }
    int keyCount(int id) { return keyCount[id]; }
    int keyId(int row) { return keyId[row]; }
    ConfigKey key(int row) { return keys.get(keyId[row]); }
    String keyLabel(int row) { return labels[keyId[row]]; }
    String label(int id) { return labels[id]; }
    long macs(int row) { return macs[row]; }

    /** Group count of a row without building its LayerConfig. */
    int groups(int row) {
        int kind = key(row).groupKind();
        return kind == ConfigKey.DENSE ? 1 : kind == ConfigKey.DEPTHWISE ? data.cin(row) : kind;
    }

    /** Rows of key {@code id} in file order. */
    int[] rowsOfKey(int id) {
        int[] out = new int[keyCount[id]];
        int j = 0;
        for (int i = 0; i < keyId.length; i++) if (keyId[i] == id) out[j++] = i;
        return out;
    }
}
