package io.evolp.predict;

import io.evolp.core.ConfigKey;

/**
 * Training summary of one covered key of a per-key predictor.
 *
 * @param model         "mlp", "mac_line" (too few samples, or every net rejected) or "table"
 * @param validationMse MSE of the scaled target on the held-out split, NaN when not applicable
 */
public record KeyReport(ConfigKey key, String model, int samples, double validationMse) {
}
