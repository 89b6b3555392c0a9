package io.evolp.workflow.adaptive;

/**
 * What an adaptive campaign may spend and when it stops early.
 *
 * @param budgetRows rows the dataset may hold at most (rows already in a resumed file count)
 * @param batch      rows measured between two retrainings
 * @param patience   batches in a row without a gain of {@code minGain} before stopping (see {@link PlateauRule})
 * @param minGain    the smallest drop of cross-validated MAPE, in points, that counts as a gain
 * @param seed       training, cross-validation and tie-breaking seed
 */
public record AdaptiveSettings(int budgetRows, int batch, int patience, double minGain, long seed) {

    public static final int DEFAULT_BATCH = 10, DEFAULT_PATIENCE = 2;
    public static final double DEFAULT_MIN_GAIN = 1.0;

    public AdaptiveSettings {
        if (budgetRows < 1) throw new IllegalArgumentException("--budget-rows must be at least 1, was " + budgetRows);
        if (batch < 1) throw new IllegalArgumentException("--batch must be at least 1, was " + batch);
        if (patience < 1) throw new IllegalArgumentException("--patience must be at least 1, was " + patience);
        if (!(minGain >= 0) || Double.isInfinite(minGain)) {
            throw new IllegalArgumentException("--min-gain must be a number >= 0, was " + minGain);
        }
    }

    public static AdaptiveSettings of(int budgetRows, int batch) {
        return new AdaptiveSettings(budgetRows, batch, DEFAULT_PATIENCE, DEFAULT_MIN_GAIN, 1);
    }

    public AdaptiveSettings withSeed(long s) {
        return new AdaptiveSettings(budgetRows, batch, patience, minGain, s);
    }
}
