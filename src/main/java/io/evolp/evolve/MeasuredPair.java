package io.evolp.evolve;

import java.time.Instant;

/**
 * One whole-model measurement the predictor evolved from: the model's family and a description of
 * it (its widths or name), the raw layer-sum prediction at the time, and what was measured where.
 */
public record MeasuredPair(String family, String model, double rawMs, double measuredMs, double spreadMs,
                           String source, boolean simulated, Instant timestamp) {
}
