package io.evolp.predict.transfer;

import java.util.List;

/**
 * Which candidate to keep, from out-of-fold log errors of every candidate on every target row.
 * The loss is the absolute log error capped at {@value #CAP} (a row off by more than ~35 % counts
 * the same however far off it is): the accuracy that matters is the share of layers within ±10 %,
 * and a few badly measured rows on a loaded device should not decide. The candidate with the lowest
 * mean loss is best, but the simplest candidate (earliest in the list) whose paired difference to
 * it is within {@value #SE} standard error is chosen while rows are fewer than {@value #FEW} — with 30
 * rows the ranking of close candidates is mostly noise, and the simpler map then generalises better.
 * With more rows the measured ranking is trusted (on the sample data the rule then kept family scales
 * where trees were 8–10 points better on held-out rows).
 */
final class CvChoice {

    static final double CAP = 0.3;
    static final double SE = 1.0;
    static final int FEW = 40;

    private CvChoice() {
    }

    /**
     * @param logError [candidate][repetition][row] out-of-fold log(predicted / measured); a row's loss
     *                 is its mean over the repetitions of the cross-validation
     */
    static int choose(List<String> candidates, double[][][] logError) {
        int c = candidates.size(), reps = logError[0].length, n = logError[0][0].length;
        double[][] loss = new double[c][n];
        double[] mean = new double[c];
        for (int j = 0; j < c; j++) {
            for (int i = 0; i < n; i++) {
                for (int r = 0; r < reps; r++) loss[j][i] += Math.min(Math.abs(logError[j][r][i]), CAP) / reps;
                mean[j] += loss[j][i] / n;
            }
        }
        int best = 0;
        for (int j = 1; j < c; j++) if (mean[j] < mean[best]) best = j;
        if (n >= FEW) return best;
        for (int j = 0; j < best; j++) {
            double md = mean[j] - mean[best], ss = 0;
            for (int i = 0; i < n; i++) {
                double d = loss[j][i] - loss[best][i] - md;
                ss += d * d;
            }
            double se = n > 1 ? Math.sqrt(ss / (n - 1) / n) : 0;
            if (md <= SE * se) return j;
        }
        return best;
    }
}
