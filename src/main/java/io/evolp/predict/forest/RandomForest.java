package io.evolp.predict.forest;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Random forest regression (Breiman): each tree is grown by {@link TreeBuilder} on a bootstrap
 * sample with random feature subsets; the prediction is the mean of the trees.
 */
public record RandomForest(List<RegressionTree> trees) {

    public RandomForest {
        trees = List.copyOf(trees);
        if (trees.isEmpty()) throw new IllegalArgumentException("a forest needs at least one tree");
    }

    /**
     * @param x         features as columns, {@code x[feature][row]}
     * @param afterTree called with the number of finished trees; may throw to cancel
     */
    public static RandomForest train(double[][] x, double[] y, int trees, int minLeaf, int mtry,
                                     long seed, IntConsumer afterTree) {
        int n = y.length;
        if (n == 0) throw new IllegalArgumentException("no samples");
        SplittableRandom root = new SplittableRandom(seed);
        RegressionTree[] out = new RegressionTree[trees];
        int[] sample = new int[n];
        for (int t = 0; t < trees; t++) {
            SplittableRandom rng = root.split();
            for (int i = 0; i < n; i++) sample[i] = rng.nextInt(n);
            out[t] = new TreeBuilder(x, y, minLeaf, mtry, rng).build(sample);
            afterTree.accept(t + 1);
        }
        return new RandomForest(List.of(out));
    }

    /**
     * Extremely randomized trees: every tree sees all rows (no bootstrap) and splits at random
     * thresholds of {@code mtry} random features, the best of those kept ({@link TreeBuilder}).
     */
    public static RandomForest trainExtra(double[][] x, double[] y, int trees, int minLeaf, int mtry,
                                          long seed, IntConsumer afterTree) {
        int n = y.length;
        if (n == 0) throw new IllegalArgumentException("no samples");
        SplittableRandom root = new SplittableRandom(seed);
        RegressionTree[] out = new RegressionTree[trees];
        int[] all = new int[n];
        for (int i = 0; i < n; i++) all[i] = i;
        for (int t = 0; t < trees; t++) {
            out[t] = new TreeBuilder(x, y, minLeaf, mtry, true, root.split()).build(all);
            afterTree.accept(t + 1);
        }
        return new RandomForest(List.of(out));
    }

    public double predict(double[] features) {
        double sum = 0;
        for (RegressionTree t : trees) sum += t.predict(features);
        return sum / trees.size();
    }
}
