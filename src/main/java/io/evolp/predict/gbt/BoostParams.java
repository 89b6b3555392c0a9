package io.evolp.predict.gbt;

/**
 * Settings of gradient boosting (squared error, as Friedman's gradient boosting machine).
 *
 * @param learningRate       shrinkage applied to every tree
 * @param maxDepth           depth limit of each tree (1 = stumps)
 * @param minLeaf            fewest training rows in a leaf
 * @param subsample          share of rows drawn (without replacement) for each tree; 1 = all
 * @param maxTrees           upper bound on the number of trees
 * @param validationFraction share of rows held out for early stopping; 0 = no early stopping
 * @param patience           early stopping: trees without a better validation loss before stopping
 * @param maxBins            candidate thresholds per feature; a feature with at most this many
 *                           distinct values gets every midpoint (exact splits)
 */
public record BoostParams(double learningRate, int maxDepth, int minLeaf, double subsample, int maxTrees,
                          double validationFraction, int patience, int maxBins) {

    public BoostParams {
        if (!(learningRate > 0 && learningRate <= 1)) throw new IllegalArgumentException("learningRate must be in (0, 1]");
        if (maxDepth < 1 || maxDepth > 16) throw new IllegalArgumentException("maxDepth must be in 1..16");
        if (minLeaf < 1) throw new IllegalArgumentException("minLeaf must be >= 1");
        if (!(subsample > 0 && subsample <= 1)) throw new IllegalArgumentException("subsample must be in (0, 1]");
        if (maxTrees < 1) throw new IllegalArgumentException("maxTrees must be >= 1");
        if (!(validationFraction >= 0 && validationFraction < 0.9)) {
            throw new IllegalArgumentException("validationFraction must be in [0, 0.9)");
        }
        if (patience < 1) throw new IllegalArgumentException("patience must be >= 1");
        if (maxBins < 2 || maxBins > 65535) throw new IllegalArgumentException("maxBins must be in 2..65535");
    }

    /** Defaults for layer latency: depth 4, shrinkage 0.1, 80 % rows per tree, early stopping on 15 %. */
    public static BoostParams defaults() {
        return new BoostParams(0.1, 4, 2, 0.8, 600, 0.15, 40, 255);
    }

    public BoostParams withDepth(int depth) {
        return new BoostParams(learningRate, depth, minLeaf, subsample, maxTrees, validationFraction, patience, maxBins);
    }

    public BoostParams withTrees(int trees) {
        return new BoostParams(learningRate, maxDepth, minLeaf, subsample, trees, validationFraction, patience, maxBins);
    }

    public BoostParams withoutEarlyStopping() {
        return new BoostParams(learningRate, maxDepth, minLeaf, subsample, maxTrees, 0, patience, maxBins);
    }
}
