package io.evolp.predict.gbt;

import io.evolp.predict.forest.RegressionTree;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Gradient boosting of regression trees on squared error (Friedman 2001): start from the mean,
 * fit each tree to the current residuals on a row subsample, add it with shrinkage. With a
 * validation fraction, the rounds stop once the held-out loss has not improved for
 * {@code patience} trees, and the ensemble is refitted on all rows with the best number of trees
 * (so no row is wasted on the final model).
 */
public final class Boosting {

    /** Result of one early-stopped run: trees it chose and the validation MSE at that point. */
    public record Trial(int trees, double validationMse) {
    }

    private Boosting() {
    }

    /**
     * @param x         features as columns, {@code x[feature][row]}
     * @param groups    per-feature interaction groups (see {@link HistTreeBuilder}), or null
     * @param afterTree called after every tree; may throw to cancel
     */
    public static GbtModel train(double[][] x, double[] y, int[] groups, BoostParams p, long seed, IntConsumer afterTree) {
        int n = y.length;
        if (n == 0) throw new IllegalArgumentException("no samples");
        if (p.validationFraction() > 0 && n >= 20) {
            Trial t = trial(x, y, groups, p, seed, afterTree);
            return fit(x, y, groups, allRows(n), p.withTrees(t.trees()), seed, afterTree);
        }
        return fit(x, y, groups, allRows(n), p, seed, afterTree);
    }

    /** An early-stopped run on a seeded random split (for choosing settings by validation loss). */
    public static Trial trial(double[][] x, double[] y, int[] groups, BoostParams p, long seed, IntConsumer afterTree) {
        int n = y.length;
        int[] perm = allRows(n);
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
        }
        int nVal = Math.max(1, (int) Math.round(p.validationFraction() * n));
        int[] val = java.util.Arrays.copyOfRange(perm, 0, nVal);
        int[] train = java.util.Arrays.copyOfRange(perm, nVal, n);
        double[] fVal = new double[n];
        double[] best = {Double.POSITIVE_INFINITY};
        int[] bestAt = {1};
        fitRounds(x, y, groups, train, p, seed, afterTree, (round, tree, base) -> {
            double mse = 0;
            for (int r : val) {
                if (round == 1) fVal[r] = base;
                fVal[r] += predictColumns(tree, x, r);
                double d = y[r] - fVal[r];
                mse += d * d;
            }
            mse /= val.length;
            if (mse < best[0] - 1e-15) {
                best[0] = mse;
                bestAt[0] = round;
            }
            return round - bestAt[0] < p.patience();
        });
        return new Trial(bestAt[0], best[0]);
    }

    private static GbtModel fit(double[][] x, double[] y, int[] groups, int[] rows, BoostParams p, long seed, IntConsumer afterTree) {
        List<RegressionTree> trees = new ArrayList<>();
        double[] baseOut = new double[1];
        fitRounds(x, y, groups, rows, p, seed, afterTree, (round, tree, base) -> {
            trees.add(tree);
            baseOut[0] = base;
            return true;
        });
        return new GbtModel(baseOut[0], trees);
    }

    private interface Round {
        /** Called after each tree; returns whether to continue. */
        boolean after(int round, RegressionTree tree, double base);
    }

    private static void fitRounds(double[][] x, double[] y, int[] groups, int[] rows, BoostParams p, long seed,
                                  IntConsumer afterTree, Round round) {
        int n = rows.length;
        double base = 0;
        for (int r : rows) base += y[r];
        base /= n;
        // Bins over the training rows only: validation rows must not shape the thresholds.
        double[][] xs = new double[x.length][n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < x.length; f++) xs[f][i] = x[f][rows[i]];
            ys[i] = y[rows[i]];
        }
        Bins bins = Bins.of(xs, p.maxBins());
        HistTreeBuilder builder = new HistTreeBuilder(bins, groups, p.maxDepth(), p.minLeaf());
        double[] pred = new double[n], residual = new double[n];
        java.util.Arrays.fill(pred, base);
        int[] all = allRows(n), sample = new int[n];
        int take = Math.max(1, (int) Math.round(p.subsample() * n));
        SplittableRandom rng = new SplittableRandom(seed);
        for (int t = 1; t <= p.maxTrees(); t++) {
            for (int i = 0; i < n; i++) residual[i] = ys[i] - pred[i];
            if (take < n) {
                for (int i = 0; i < take; i++) { // partial Fisher–Yates: a fresh subsample per tree
                    int j = i + rng.nextInt(n - i);
                    int tmp = all[i]; all[i] = all[j]; all[j] = tmp;
                }
            }
            System.arraycopy(all, 0, sample, 0, take);
            RegressionTree tree = builder.build(sample, take, residual, p.learningRate());
            for (int i = 0; i < n; i++) pred[i] += predictColumns(tree, xs, i);
            afterTree.accept(t);
            if (!round.after(t, tree, base)) break;
        }
    }

    static double predictColumns(RegressionTree tree, double[][] x, int row) {
        int[] f = tree.feature(), r = tree.right();
        double[] v = tree.value();
        int i = 0;
        while (f[i] >= 0) i = x[f[i]][row] <= v[i] ? i + 1 : r[i];
        return v[i];
    }

    private static int[] allRows(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }
}
