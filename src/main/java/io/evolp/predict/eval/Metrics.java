package io.evolp.predict.eval;

/**
 * Accuracy of latency predictions against measurements (DESIGN §2), the figures nn-Meter and the
 * EvoLP paper report. Percentages are numbers from 0 to 100.
 *
 * <p>Definitions, with relative error {@code e_i = |p_i − m_i| / m_i}:
 * <ul>
 *   <li>{@code rmseMs} = sqrt(mean((p − m)²)), in ms;</li>
 *   <li>{@code mape} = 100 · mean(e);</li>
 *   <li>{@code acc5}, {@code acc10} = 100 · share of rows with {@code e ≤ 0.05} (resp. 0.10). The
 *       boundary is <em>inclusive</em> with a tolerance of {@link #BOUNDARY_TOLERANCE}, because
 *       a prediction that is exactly 10% off (1.1 vs 1.0) is 0.10000000000000009 off in binary
 *       floating point and should still count as "within ±10%";</li>
 *   <li>{@code spearman} = Pearson correlation of the ranks, ties getting their average rank;
 *       NaN when {@code n < 2} or when either side has zero rank variance (all values tied),
 *       because a rank correlation is undefined there — callers print it as "n/a";</li>
 *   <li>{@code worst} = 100 · max(e).</li>
 * </ul>
 * With {@code n == 0} every figure except {@code n} is NaN.
 */
public record Metrics(int n, double rmseMs, double mape, double acc5, double acc10, double spearman,
                      double worst) {

    /** Absolute slack on the ±5% / ±10% boundaries (see class comment). */
    public static final double BOUNDARY_TOLERANCE = 1e-9;

    /**
     * @throws IllegalArgumentException when the arrays differ in length, a measurement is not a
     *         positive finite number (relative error is undefined), or a prediction is NaN
     */
    public static Metrics of(double[] predicted, double[] measured) {
        if (predicted.length != measured.length) {
            throw new IllegalArgumentException("predicted has " + predicted.length
                    + " values but measured has " + measured.length);
        }
        int n = measured.length;
        for (int i = 0; i < n; i++) {
            if (!(measured[i] > 0) || Double.isInfinite(measured[i])) {
                throw new IllegalArgumentException("measured latency at index " + i
                        + " must be a positive finite number, was " + measured[i]);
            }
            if (Double.isNaN(predicted[i])) {
                throw new IllegalArgumentException("predicted latency at index " + i + " is NaN");
            }
        }
        if (n == 0) {
            return new Metrics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sq = 0, relSum = 0, worst = 0;
        int within5 = 0, within10 = 0;
        for (int i = 0; i < n; i++) {
            double diff = predicted[i] - measured[i];
            sq += diff * diff;
            double rel = Math.abs(diff) / measured[i];
            relSum += rel;
            worst = Math.max(worst, rel);
            if (rel <= 0.05 + BOUNDARY_TOLERANCE) within5++;
            if (rel <= 0.10 + BOUNDARY_TOLERANCE) within10++;
        }
        return new Metrics(n, Math.sqrt(sq / n), 100.0 * relSum / n, 100.0 * within5 / n,
                100.0 * within10 / n, Ranks.spearman(predicted, measured), 100.0 * worst);
    }
}
