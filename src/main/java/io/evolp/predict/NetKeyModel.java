package io.evolp.predict;

import io.evolp.core.LayerConfig;
import io.evolp.predict.mlp.Mlp;

/**
 * One EvoLP net with its scaling (DESIGN §1.4): inputs (cin, cout) min–max scaled to [-1, 1], the
 * output scaled back to {@code t} and inverted, {@code latency = t^-8}.
 *
 * <p>Safety, because t^-8 explodes as t approaches 0: channels are clamped to an extended box (the
 * data range plus {@link #MARGIN} of it below, since pruning goes below the data, never below 1);
 * beyond the box the prediction at the box edge is scaled by the channel (= MAC) ratio. The net's t
 * is clamped to the band that corresponds to latencies in [{@link #LOW}·min, {@link #HIGH}·max] of the
 * measured ones, and training rejects nets that leave that band anywhere on the box
 * ({@link #saneOnBox()}).
 *
 * <p>Depthwise keys have cin = cout, so the second input is degenerate: it is fed as 0. The same
 * holds for any input whose training range is a single value (e.g. the first layer's 3 channels).
 */
final class NetKeyModel implements KeyModel {

    static final String MODEL = "mlp";
    static final double MARGIN = 0.25;
    static final double LOW = 0.25, HIGH = 2.0;
    private static final int GUARD_GRID = 13;

    private final double[] w;
    private final double cinMin, cinMax, coutMin, coutMax, tMin, tMax;
    private final boolean depthwise;
    private final int samples;
    private final double validationMse;
    // Derived only from the fields above, identically after a reload.
    private final double cinLo, coutLo, tLo, tHi;

    NetKeyModel(double[] w, double cinMin, double cinMax, double coutMin, double coutMax,
                double tMin, double tMax, boolean depthwise, int samples, double validationMse) {
        this.w = w.clone();
        this.cinMin = cinMin;
        this.cinMax = cinMax;
        this.coutMin = coutMin;
        this.coutMax = coutMax;
        this.tMin = tMin;
        this.tMax = tMax;
        this.depthwise = depthwise;
        this.samples = samples;
        this.validationMse = validationMse;
        this.cinLo = extendedLow(cinMin, cinMax);
        this.coutLo = extendedLow(coutMin, coutMax);
        this.tLo = tMin * Math.pow(HIGH, -0.125); // largest allowed latency
        this.tHi = tMax * Math.pow(LOW, -0.125);  // smallest allowed latency
    }

    static double extendedLow(double min, double max) {
        return Math.max(1.0, min - MARGIN * (max - min));
    }

    /** Min–max scaling to [-1, 1]; a single-valued range maps to 0. Shared by training and prediction. */
    static double scale(double v, double min, double max) {
        return max > min ? (v - min) * 2.0 / (max - min) - 1.0 : 0.0;
    }

    static double target(double latency) {
        return Math.pow(Math.max(latency, 1e-9), -0.125);
    }

    @Override
    public double predict(LayerConfig layer) {
        double cin = layer.cin();
        double c1 = cin < cinLo ? cinLo : Math.min(cin, cinMax);
        double ratio = c1 == cin ? 1.0 : cin / c1;
        double x2 = 0;
        if (!depthwise) {
            double cout = layer.cout();
            double c2 = cout < coutLo ? coutLo : Math.min(cout, coutMax);
            if (c2 != cout) ratio *= cout / c2;
            x2 = scale(c2, coutMin, coutMax);
        }
        double t = rawT(scale(c1, cinMin, cinMax), x2);
        t = t < tLo ? tLo : Math.min(t, tHi);
        double t2 = t * t, t4 = t2 * t2;
        return ratio / (t4 * t4);
    }

    private double rawT(double x1, double x2) {
        return tMin + (Mlp.predict(w, x1, x2) + 1.0) * 0.5 * (tMax - tMin);
    }

    /** Whether the net's unclamped t stays within the sane band on a grid over the extended box. */
    boolean saneOnBox() {
        int n2 = depthwise || coutMax == coutMin ? 1 : GUARD_GRID;
        int n1 = cinMax == cinMin ? 1 : GUARD_GRID;
        for (int i = 0; i < n1; i++) {
            double x1 = scale(grid(cinLo, cinMax, i, n1), cinMin, cinMax);
            for (int j = 0; j < n2; j++) {
                double x2 = depthwise ? 0 : scale(grid(coutLo, coutMax, j, n2), coutMin, coutMax);
                double t = rawT(x1, x2);
                if (!(t >= tLo && t <= tHi)) return false;
            }
        }
        return true;
    }

    private static double grid(double lo, double hi, int i, int n) {
        return n == 1 ? hi : lo + (hi - lo) * i / (n - 1);
    }

    double[] weights() {
        return w.clone();
    }

    double[] cinRange() {
        return new double[]{cinMin, cinMax};
    }

    double[] coutRange() {
        return new double[]{coutMin, coutMax};
    }

    double[] tRange() {
        return new double[]{tMin, tMax};
    }

    boolean depthwise() {
        return depthwise;
    }

    double validationMse() {
        return validationMse;
    }

    @Override
    public String model() {
        return MODEL;
    }

    @Override
    public int samples() {
        return samples;
    }

}
