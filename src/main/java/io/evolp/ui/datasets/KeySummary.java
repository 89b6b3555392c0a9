package io.evolp.ui.datasets;

import io.evolp.task.ProgressMonitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One row of the per-key summary table.
 *
 * @param keyId the key's id in the {@link DatasetIndex} (selecting the row selects the key)
 */
record KeySummary(int keyId, String key, int rows, int cinMin, int cinMax, int coutMin, int coutMax,
                  double latencyMin, double latencyMedian, double latencyMax, long macsMin, long macsMax) {

    String cinRange() { return Formats.range(cinMin, cinMax); }
    String coutRange() { return Formats.range(coutMin, coutMax); }
    String macsRange() { return Formats.range(macsMin, macsMax); }

    /** One summary per key, in key-label order; O(n log n) over all rows, run off the FX thread. */
    static List<KeySummary> of(DatasetIndex ix, ProgressMonitor m) {
        int keys = ix.keys().size();
        // Bucket the rows by key (counting sort), then summarise each bucket.
        int[] start = new int[keys + 1];
        for (int k = 0; k < keys; k++) start[k + 1] = start[k] + ix.keyCount(k);
        int[] fill = start.clone();
        int[] byKey = new int[ix.size()];
        for (int r = 0; r < ix.size(); r++) byKey[fill[ix.keyId(r)]++] = r;
        List<KeySummary> out = new ArrayList<>(keys);
        for (int k = 0; k < keys; k++) {
            m.checkCancelled();
            m.progress(k, keys, "summarising keys");
            out.add(summarise(ix, k, Arrays.copyOfRange(byKey, start[k], start[k + 1])));
        }
        return out;
    }

    private static KeySummary summarise(DatasetIndex ix, int k, int[] rows) {
        int cinMin = Integer.MAX_VALUE, cinMax = Integer.MIN_VALUE, coutMin = Integer.MAX_VALUE, coutMax = Integer.MIN_VALUE;
        long macsMin = Long.MAX_VALUE, macsMax = Long.MIN_VALUE;
        double[] lat = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            int cin = ix.data().cin(r), cout = ix.data().cout(r);
            cinMin = Math.min(cinMin, cin);
            cinMax = Math.max(cinMax, cin);
            coutMin = Math.min(coutMin, cout);
            coutMax = Math.max(coutMax, cout);
            macsMin = Math.min(macsMin, ix.macs(r));
            macsMax = Math.max(macsMax, ix.macs(r));
            lat[i] = ix.data().latency(r);
        }
        Arrays.sort(lat);
        int n = lat.length;
        double median = n % 2 == 1 ? lat[n / 2] : (lat[n / 2 - 1] + lat[n / 2]) / 2;
        return new KeySummary(k, ix.label(k), n, cinMin, cinMax, coutMin, coutMax, lat[0], median, lat[n - 1],
                macsMin, macsMax);
    }
}
