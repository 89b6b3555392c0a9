package io.evolp.predict.features;

import io.evolp.core.LayerConfig;

import java.util.List;

/**
 * A power law for layer latency: {@code log t = b0 + Σ b_i · log s_i} over the layer's sizes
 * {@link #NAMES} (MACs, input and output elements, params, output pixels, cin, cout), fitted by
 * ridge-stabilised least squares. Boosted trees fitted on what it leaves ({@code gbt/scaled})
 * no longer need dozens of splits to follow latency growing with channel counts and sizes: they
 * only learn the bumps (alignment, kernel selection). Trees are piecewise constant, so without
 * it they interpolate in steps between the channel counts they have seen; on MobileNetV1 CPU
 * layers (random 70/30 splits) the base lifts ±10 % accuracy from about 64 % to over 80 %.
 *
 * @param intercept    b0
 * @param coefficients b_i, one per name in {@link #NAMES}
 */
public record LogLinear(double intercept, double[] coefficients) {

    /** The sizes whose logarithms the power law combines; written into predictor files. */
    public static final List<String> NAMES = List.of("log_macs", "log_input_elements", "log_output_elements",
            "log_params", "log_output_pixels", "log_cin", "log_cout");
    /** Ridge penalty per row (on centred log sizes): keeps collinear sizes (MACs = pixels·params) solvable. */
    static final double RIDGE = 1e-6;

    public LogLinear {
        if (coefficients.length != NAMES.size()) {
            throw new IllegalArgumentException("expected " + NAMES.size() + " coefficients, got " + coefficients.length);
        }
        if (!Double.isFinite(intercept)) throw new IllegalArgumentException("intercept must be finite");
        for (double c : coefficients) if (!Double.isFinite(c)) throw new IllegalArgumentException("coefficients must be finite");
        coefficients = coefficients.clone();
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    /** The log sizes of one layer in {@link #NAMES} order. */
    public static double[] logSizes(LayerConfig c) {
        double pixels = (double) c.outputHeight() * c.outputWidth();
        return new double[]{Math.log(c.macs()), Math.log((double) c.inputSize() * c.inputSize() * c.cin()),
                Math.log(pixels * c.cout()), Math.log(c.params()), Math.log(pixels), Math.log(c.cin()), Math.log(c.cout())};
    }

    /** The power law's log latency for {@code c}. */
    public double predictLog(LayerConfig c) {
        double[] s = logSizes(c);
        double y = intercept;
        for (int i = 0; i < s.length; i++) y += coefficients[i] * s[i];
        return y;
    }

    /** Least squares of {@code logLatency} on the log sizes of {@code layers} (at least one row). */
    public static LogLinear fit(List<LayerConfig> layers, double[] logLatency) {
        return fitWith(layers, null, logLatency, RIDGE).law();
    }

    /**
     * A power law with one extra regressor, e.g. the log latency another device's predictor gives
     * the layer ("source-informed power law"): {@code log t = b0 + w · extra + Σ b_i · log s_i}.
     * The extra column is not ridge-penalised; the sizes are, by {@code ridge} per row.
     *
     * @param extra one value per layer, or null for the plain law (then {@code weight} is 0)
     */
    public static WithExtra fitWith(List<LayerConfig> layers, double[] extra, double[] logLatency, double ridge) {
        int n = layers.size(), s = NAMES.size(), p = s + (extra == null ? 0 : 1);
        if (n == 0 || n != logLatency.length || (extra != null && extra.length != n)) {
            throw new IllegalArgumentException("need one latency (and extra value) per layer, at least one");
        }
        double[][] x = new double[n][];
        double[] mean = new double[p];
        double yMean = 0;
        for (int r = 0; r < n; r++) {
            x[r] = java.util.Arrays.copyOf(logSizes(layers.get(r)), p);
            if (extra != null) x[r][s] = extra[r];
            for (int j = 0; j < p; j++) mean[j] += x[r][j] / n;
            yMean += logLatency[r] / n;
        }
        double[][] a = new double[p][p + 1]; // normal equations on centred data, right-hand side last
        for (int r = 0; r < n; r++) {
            double dy = logLatency[r] - yMean;
            for (int i = 0; i < p; i++) {
                double di = x[r][i] - mean[i];
                for (int j = 0; j < p; j++) a[i][j] += di * (x[r][j] - mean[j]);
                a[i][p] += di * dy;
            }
        }
        for (int i = 0; i < p; i++) a[i][i] += (i < s ? ridge * n : 0) + 1e-9 * a[i][i];
        double[] b = solve(a);
        double intercept = yMean;
        for (int j = 0; j < p; j++) intercept -= b[j] * mean[j];
        return new WithExtra(new LogLinear(intercept, java.util.Arrays.copyOf(b, s)), extra == null ? 0 : b[s]);
    }

    /** A fitted power law and the weight of its extra regressor: {@code law.predictLog(c) + weight · extra}. */
    public record WithExtra(LogLinear law, double weight) {
    }

    /** Gaussian elimination with partial pivoting on an augmented symmetric positive definite system. */
    private static double[] solve(double[][] a) {
        int p = a.length;
        for (int c = 0; c < p; c++) {
            int piv = c;
            for (int r = c + 1; r < p; r++) if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) piv = r;
            double[] t = a[c]; a[c] = a[piv]; a[piv] = t;
            double d = a[c][c];
            if (Math.abs(d) < 1e-300) continue; // a size constant over all rows: its coefficient stays 0
            for (int r = c + 1; r < p; r++) {
                double f = a[r][c] / d;
                if (f != 0) for (int k = c; k <= p; k++) a[r][k] -= f * a[c][k];
            }
        }
        double[] b = new double[p];
        for (int r = p - 1; r >= 0; r--) {
            double s = a[r][p];
            for (int k = r + 1; k < p; k++) s -= a[r][k] * b[k];
            b[r] = Math.abs(a[r][r]) < 1e-300 ? 0 : s / a[r][r];
        }
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogLinear l && l.intercept == intercept && java.util.Arrays.equals(l.coefficients, coefficients);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(intercept) + java.util.Arrays.hashCode(coefficients);
    }
}
