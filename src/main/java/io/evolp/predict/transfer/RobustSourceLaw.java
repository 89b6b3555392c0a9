package io.evolp.predict.transfer;

import io.evolp.core.LayerConfig;
import io.evolp.predict.features.LogLinear;

import java.util.List;

/**
 * The source-informed power law ({@code log target = law(sizes) + w · log source + family offsets})
 * fitted robustly: iteratively reweighted least squares with Huber weights on what the whole model
 * (law and offsets together) leaves of each row, and the source's weight kept non-negative.
 *
 * <p>Why robust: the devices a user profiles live are noisy (on the sample VM two campaigns of the
 * same layers agree within ±10 % on only about half of them, and single rows are off by 40 % when
 * a load spike hits), and with 30 rows one such row tilts a least-squares power law for every
 * layer. A row further than {@value #DELTA} in log (about 10 %, the accuracy that is scored) from
 * the model counts linearly instead of squared. The residual is taken after the family offsets,
 * since a family that really differs (MobileNet's aligned depthwise layers, ×20 on one device) is
 * not an outlier. Why non-negative: a slower device is not faster where the source is slower; with
 * few rows the source and the layer sizes are correlated and least squares traded them against each
 * other (about one fit in five on 30 rows of the sample files came out with w &lt; 0), then the law
 * is refitted on the sizes alone (w = 0).
 *
 * <p>Offline on the sample files (devices A/B/C, both directions, 10 random draws, the measured
 * source latency as the source prediction) this lifted the mean ±10 % accuracy of the candidate by
 * 2.4 points at 30 and at 100 rows over plain least squares (docs/new-device-measurements.md, issue 14).
 */
final class RobustSourceLaw {

    /** Huber threshold on the log residual: beyond it a row's weight falls as 1/|residual|. */
    static final double DELTA = 0.1;
    /** Reweighting rounds; the weights settle in a few, ten is cheap (7 + 1 unknowns). */
    static final int ROUNDS = 10;

    private RobustSourceLaw() {
    }

    /**
     * @param law     the power law of the sizes (with its intercept)
     * @param weight  w ≥ 0 on the log source prediction
     * @param scale   the family offsets on what law and source leave ({@code a} = 0, {@code b} = w)
     * @param rowWeights the final Huber weight of each row (1 = fully trusted)
     */
    record Fit(LogLinear law, double weight, ScaleModel scale, double[] rowWeights) {
    }

    /**
     * @param layers target rows' layers
     * @param ls     log source prediction per row
     * @param lt     log measured target latency per row
     * @param ridge  ridge per (unit-weight) row on the centred log sizes; the source column is not penalised
     */
    static Fit fit(List<LayerConfig> layers, double[] ls, double[] lt, double ridge) {
        int n = lt.length;
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) x[i] = LogLinear.logSizes(layers.get(i));
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1);
        double[] off = new double[n];
        Fit fit = null;
        for (int round = 0; round < ROUNDS; round++) {
            double[] y = new double[n];
            for (int i = 0; i < n; i++) y[i] = lt[i] - off[i];
            double[] b = weighted(x, ls, y, w, ridge);
            if (b[b.length - 1] < 0) b = weighted(x, null, y, w, ridge);
            LogLinear law = new LogLinear(b[0], java.util.Arrays.copyOfRange(b, 1, 1 + LogLinear.NAMES.size()));
            double wSource = b.length > 1 + LogLinear.NAMES.size() ? b[b.length - 1] : 0;
            double[] r = new double[n];
            for (int i = 0; i < n; i++) r[i] = lt[i] - law.predictLog(layers.get(i)) - wSource * ls[i];
            ScaleModel scale = ScaleModel.families(0, wSource, layers, r);
            double[] rw = w.clone();
            for (int i = 0; i < n; i++) {
                double e = Math.abs(lt[i] - law.predictLog(layers.get(i)) - scale.predictLog(layers.get(i), ls[i]));
                off[i] = scale.predictLog(layers.get(i), ls[i]) - wSource * ls[i];
                w[i] = e <= DELTA ? 1 : DELTA / e;
            }
            fit = new Fit(law, wSource, scale, rw);
        }
        return fit;
    }

    /**
     * Weighted ridge least squares of {@code y} on the log sizes (and {@code extra}, unpenalised),
     * centred by the weighted means. Returns {intercept, size coefficients…[, extra weight]}.
     */
    static double[] weighted(double[][] x, double[] extra, double[] y, double[] w, double ridge) {
        int n = y.length, s = x[0].length, p = s + (extra == null ? 0 : 1);
        double sw = 0, ym = 0;
        double[] mean = new double[p];
        for (int r = 0; r < n; r++) {
            sw += w[r];
            ym += w[r] * y[r];
            for (int j = 0; j < p; j++) mean[j] += w[r] * col(x, extra, r, j, s);
        }
        ym /= sw;
        for (int j = 0; j < p; j++) mean[j] /= sw;
        double[][] a = new double[p][p + 1];
        for (int r = 0; r < n; r++) {
            double dy = y[r] - ym;
            for (int i = 0; i < p; i++) {
                double di = col(x, extra, r, i, s) - mean[i];
                for (int j = 0; j < p; j++) a[i][j] += w[r] * di * (col(x, extra, r, j, s) - mean[j]);
                a[i][p] += w[r] * di * dy;
            }
        }
        for (int i = 0; i < p; i++) a[i][i] += (i < s ? ridge * sw : 0) + 1e-9 * a[i][i];
        double[] b = solve(a);
        double[] out = new double[p + 1];
        out[0] = ym;
        for (int j = 0; j < p; j++) {
            out[0] -= b[j] * mean[j];
            out[j + 1] = b[j];
        }
        return out;
    }

    private static double col(double[][] x, double[] extra, int r, int j, int s) {
        return j < s ? x[r][j] : extra[r];
    }

    /** Gaussian elimination with partial pivoting; a column that is constant over the rows gets 0. */
    private static double[] solve(double[][] a) {
        int p = a.length;
        for (int c = 0; c < p; c++) {
            int piv = c;
            for (int r = c + 1; r < p; r++) if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) piv = r;
            double[] t = a[c];
            a[c] = a[piv];
            a[piv] = t;
            double d = a[c][c];
            if (Math.abs(d) < 1e-300) continue;
            for (int r = c + 1; r < p; r++) {
                double f = a[r][c] / d;
                if (f != 0) for (int k = c; k <= p; k++) a[r][k] -= f * a[c][k];
            }
        }
        double[] b = new double[p];
        for (int r = p - 1; r >= 0; r--) {
            double v = a[r][p];
            for (int k = r + 1; k < p; k++) v -= a[r][k] * b[k];
            b[r] = Math.abs(a[r][r]) < 1e-300 ? 0 : v / a[r][r];
        }
        return b;
    }
}
