package io.evolp.analysis;

import io.evolp.core.ConfigKey;

import java.util.Objects;

/**
 * One evaluated layer: what a predictor said and what the device measured, tagged with everything
 * the analysis tables group by. The analysis does not care how the prediction was produced (holdout,
 * cross-validation, a stored predictor), only that the pair is valid.
 *
 * @param kind         predictor kind ({@code gbt}, {@code evolp}, …)
 * @param device       device the latency was measured on
 * @param architecture architecture the layer belongs to (from the dataset's name)
 * @param key          the layer's configuration key
 * @param cin          input channels (the residue breakdown looks at their alignment)
 * @param predictedMs  prediction, ms; NaN is refused
 * @param measuredMs   measurement, ms; must be a positive finite number (relative error needs it)
 */
public record PredictionRow(String kind, String device, String architecture, ConfigKey key, int cin,
                            double predictedMs, double measuredMs) {

    public PredictionRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(key, "key");
        if (Double.isNaN(predictedMs)) {
            throw new IllegalArgumentException("predicted latency is NaN for a " + key.label() + " layer (" + kind + ")");
        }
        if (!(measuredMs > 0) || Double.isInfinite(measuredMs)) {
            throw new IllegalArgumentException("measured latency must be a positive finite number, was " + measuredMs
                    + " for a " + key.label() + " layer");
        }
        if (cin < 1) throw new IllegalArgumentException("cin must be at least 1, was " + cin);
    }

    /** |p − m| / m, as a percentage. */
    public double absolutePercentError() {
        return 100.0 * Math.abs(predictedMs - measuredMs) / measuredMs;
    }
}
