package io.evolp.predict.mlp;

import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Fits one {@link Mlp} to scaled samples: a seeded validation split, several Levenberg–Marquardt
 * runs from seeded Nguyen–Widrow initialisations, and a caller-supplied guard that rejects nets
 * whose output leaves a sane range (EvoLP's "scan and retrain" against the t^-8 blow-up). The net
 * with the lowest validation error among the accepted ones wins.
 */
public final class MlpFitter {

    /** Attempts beyond {@code restarts} allowed when the guard keeps rejecting nets. */
    private static final int EXTRA_ATTEMPTS_FACTOR = 3;

    private final int restarts;
    private final int maxEpochs;
    private final double validationFraction;
    private final LevenbergMarquardt lm = new LevenbergMarquardt();

    /** Best accepted net; null params when every attempt was rejected by the guard. */
    public record Fit(double[] params, double trainMse, double validationMse, int attempts, int rejected) {
        public boolean accepted() {
            return params != null;
        }
    }

    public MlpFitter(int restarts, int maxEpochs, double validationFraction) {
        this.restarts = Math.max(1, restarts);
        this.maxEpochs = Math.max(1, maxEpochs);
        this.validationFraction = validationFraction;
    }

    public Fit fit(double[] x1, double[] x2, double[] y, long seed, Predicate<double[]> guard) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = y.length;
        int nVal = (int) Math.round(n * validationFraction);
        if (n - nVal < 4) nVal = 0; // too few points to hold any out
        int[] order = permutation(n, rng);
        double[][] train = pick(order, nVal, n, x1, x2, y);
        double[][] val = pick(order, 0, nVal, x1, x2, y);

        double[] best = null;
        double bestScore = Double.POSITIVE_INFINITY, bestTrain = Double.NaN, bestVal = Double.NaN;
        int attempts = 0, rejected = 0, accepted = 0;
        while (accepted < restarts && attempts < restarts * EXTRA_ATTEMPTS_FACTOR) {
            attempts++;
            double[] init = nguyenWidrow(rng);
            LevenbergMarquardt.Result r = lm.train(init, train[0], train[1], train[2],
                    val[0], val[1], val[2], maxEpochs);
            if (!guard.test(r.params())) {
                rejected++;
                continue;
            }
            accepted++;
            double score = nVal > 0 ? r.validationMse() : r.trainMse();
            if (score < bestScore || best == null) {
                best = r.params();
                bestScore = score;
                bestTrain = r.trainMse();
                bestVal = r.validationMse();
            }
            // A net at the MSE goal on held-out data cannot be beaten meaningfully.
            if (score <= LevenbergMarquardt.GOAL_MSE) break;
        }
        return new Fit(best, bestTrain, bestVal, attempts, rejected);
    }

    private static int[] permutation(int n, SplittableRandom rng) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    private static double[][] pick(int[] order, int from, int to, double[] x1, double[] x2, double[] y) {
        double[][] out = new double[3][to - from];
        for (int i = from; i < to; i++) {
            out[0][i - from] = x1[order[i]];
            out[1][i - from] = x2[order[i]];
            out[2][i - from] = y[order[i]];
        }
        return out;
    }

    /**
     * Nguyen–Widrow initialisation (MATLAB's default for tansig layers): each hidden neuron's
     * weights get norm 0.7·H^(1/N) so the active regions of the tanh units cover the input range.
     */
    static double[] nguyenWidrow(SplittableRandom rng) {
        double[] p = new double[Mlp.PARAMS];
        layer(p, 0, 4, 2, 2, rng);
        layer(p, 6, 14, 4, 2, rng);
        for (int k = 18; k < Mlp.PARAMS; k++) p[k] = rng.nextDouble(-0.5, 0.5);
        return p;
    }

    private static void layer(double[] p, int wOff, int bOff, int neurons, int inputs, SplittableRandom rng) {
        double beta = 0.7 * Math.pow(neurons, 1.0 / inputs);
        for (int j = 0; j < neurons; j++) {
            double norm = 0;
            for (int i = 0; i < inputs; i++) {
                double w = rng.nextDouble(-1, 1);
                p[wOff + j * inputs + i] = w;
                norm += w * w;
            }
            norm = Math.sqrt(norm);
            for (int i = 0; i < inputs; i++) p[wOff + j * inputs + i] *= beta / Math.max(norm, 1e-12);
            p[bOff + j] = rng.nextDouble(-beta, beta);
        }
    }
}
