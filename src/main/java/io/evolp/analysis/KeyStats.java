package io.evolp.analysis;

import io.evolp.core.ConfigKey;

/** One row of a {@link KeySummaries} table as a record (what a screen binds its columns to). */
public record KeyStats(ConfigKey key, int n, int cinMin, int cinMax, int coutMin, int coutMax,
                       double latencyMin, double latencyP10, double latencyMedian, double latencyP90,
                       double latencyMax, long macsMin, long macsMax) {
}
