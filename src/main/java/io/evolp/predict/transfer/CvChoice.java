package io.evolp.predict.transfer;

import java.util.ArrayList;
import java.util.List;

/**
 * Which candidate to keep, from out-of-fold log errors of every candidate on every target row.
 * The loss is the absolute log error capped at {@value #CAP} (a row off by more than ~16 % counts
 * the same however far off it is): the accuracy that matters is the share of layers within ±10 %,
 * and a few badly measured rows on a loaded device should not decide. The candidate with the lowest
 * mean loss is best. While rows are fewer than {@value #FEW}, where the ranking of close candidates
 * on 30 rows is mostly noise, a default is kept unless the best beats it by more than {@value #SE}
 * standard error of their paired difference: the preferred candidate if there is one, then the
 * simpler ones (earlier in the list). With more rows the measured ranking is trusted.
 *
 * <p>Measured on the sample data (4 architectures × both directions of device A/B, 5 repetitions,
 * held-out 30 %): a cap of 0.3 and the simplest-first rule kept a global scale on 30 rows of
 * InceptionV3 where the source-informed power law was 12 points better on held-out rows; with the
 * power law as default and a cap of 0.15 the sum of the eight medians rose by 16 points at 30 rows
 * and by 14 at 100. With two defaults, the power law and the ratio trees, the better of the two by
 * mean loss (36 pairs at 30 rows, 5 repetitions: V100 TensorRT precisions +4.0 points on average,
 * the 24 CPU pairs +0.2; the ratio trees alone as the default: +4.1 and −1.2).
 */
final class CvChoice {

    static final double CAP = 0.15;
    static final double SE = 1.0;
    static final int FEW = 40;

    private CvChoice() {
    }

    /**
     * @param logError  [candidate][repetition][row] out-of-fold log(predicted / measured); a row's loss
     *                  is its mean over the repetitions of the cross-validation
     * @param preferred the candidates one of which is kept on few rows unless clearly beaten (empty:
     *                  the simpler ones, earlier in the list): whichever has the lowest mean loss, so
     *                  two defaults of different nature (a smooth law and flexible trees) are ranked by
     *                  the rows themselves and the rest must still beat that one clearly
     */
    static int choose(List<String> candidates, double[][][] logError, int[] preferred) {
        int c = candidates.size(), reps = logError[0].length, n = logError[0][0].length;
        double[][] loss = new double[c][n];
        double[] mean = new double[c];
        for (int j = 0; j < c; j++) {
            for (int i = 0; i < n; i++) {
                for (int r = 0; r < reps; r++) loss[j][i] += Math.min(Math.abs(logError[j][r][i]), CAP) / reps;
                mean[j] += loss[j][i] / n;
            }
        }
        int pref = -1;
        for (int j : preferred) if (pref < 0 || mean[j] < mean[pref]) pref = j;
        return choose(loss, mean, pref);
    }

    private static int choose(double[][] loss, double[] mean, int preferred) {
        int c = mean.length, n = loss[0].length;
        int best = 0;
        for (int j = 1; j < c; j++) if (mean[j] < mean[best]) best = j;
        if (n >= FEW) return best;
        List<Integer> defaults = new ArrayList<>();
        if (preferred >= 0) defaults.add(preferred);
        for (int j = 0; j < best; j++) if (j != preferred) defaults.add(j);
        for (int j : defaults) {
            if (j == best) return best;
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
