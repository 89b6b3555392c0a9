package io.evolp.ui.datasets;

import io.evolp.analysis.KeyStats;
import io.evolp.analysis.KeySummaries;
import io.evolp.task.ProgressMonitor;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of the per-key summary table.
 *
 * @param keyId the key's id in the {@link DatasetIndex} (selecting the row selects the key)
 */
record KeySummary(int keyId, String key, int rows, int cinMin, int cinMax, int coutMin, int coutMax,
                  double latencyMin, double latencyP10, double latencyMedian, double latencyP90, double latencyMax,
                  long macsMin, long macsMax) {

    String cinRange() { return Formats.range(cinMin, cinMax); }
    String coutRange() { return Formats.range(coutMin, coutMax); }
    String macsRange() { return Formats.range(macsMin, macsMax); }

    /** One summary per key in numeric key order (the analysis table's), run off the FX thread. */
    static List<KeySummary> of(DatasetIndex ix, ProgressMonitor m) {
        List<KeySummary> out = new ArrayList<>();
        for (KeyStats s : KeySummaries.stats(KeySummaries.of(ix.data(), m))) {
            out.add(new KeySummary(ix.keys().indexOf(s.key()), s.key().label(), s.n(), s.cinMin(), s.cinMax(),
                    s.coutMin(), s.coutMax(), s.latencyMin(), s.latencyP10(), s.latencyMedian(), s.latencyP90(),
                    s.latencyMax(), s.macsMin(), s.macsMax()));
        }
        return out;
    }
}
