package io.evolp.predict.eval;

import io.evolp.core.ConfigKey;

import java.util.Map;

/**
 * Result of evaluating a predictor on measured rows: overall and per-key {@link Metrics} plus the
 * raw pairs, so a chart can plot predicted vs measured and map any point back to its dataset row.
 *
 * @param predictorKind {@code kind()} of the evaluated predictor
 * @param device        device of the measured data
 * @param perKey        metrics per configuration key, sorted by key label (unmodifiable)
 * @param predicted     prediction for each evaluated row, ms
 * @param measured      measured latency of the same rows, ms
 * @param rows          dataset row index of each entry of {@code predicted}/{@code measured},
 *                      ascending; arrays are shared, treat them as read-only
 */
public record EvaluationReport(String predictorKind, String device, Metrics overall,
                               Map<ConfigKey, Metrics> perKey, double[] predicted, double[] measured,
                               int[] rows) {
}
