package io.evolp.predict;

/**
 * Settings shared by the predictor trainers.
 *
 * @param seed               seeds every random choice (splits, initialisations, bootstraps)
 * @param restarts           evolp: accepted LM runs per key from different initialisations
 * @param validationFraction evolp: share of each key's rows held out for early stopping and for
 *                           choosing among restarts
 * @param maxEpochs          evolp: LM epoch cap per run (the paper uses 5000 with goal 1e-7; early
 *                           stopping on the validation split usually ends runs far sooner)
 * @param minSamplesPerKey   evolp: keys with fewer rows get a MAC line instead of a net
 */
public record TrainOptions(long seed, int restarts, double validationFraction, int maxEpochs, int minSamplesPerKey) {

    public TrainOptions {
        if (restarts < 1) throw new IllegalArgumentException("restarts must be >= 1");
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validationFraction must be in [0, 1)");
        }
        if (maxEpochs < 1) throw new IllegalArgumentException("maxEpochs must be >= 1");
        if (minSamplesPerKey < 1) throw new IllegalArgumentException("minSamplesPerKey must be >= 1");
    }

    public static TrainOptions defaults() {
        return new TrainOptions(42, 3, 0.15, 1000, 6);
    }

    public TrainOptions withSeed(long newSeed) {
        return new TrainOptions(newSeed, restarts, validationFraction, maxEpochs, minSamplesPerKey);
    }
}
