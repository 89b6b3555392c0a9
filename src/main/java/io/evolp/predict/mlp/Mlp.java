package io.evolp.predict.mlp;

/**
 * The fixed 2-2-4-1 network of EvoLP (DESIGN §1.4): two tanh hidden layers and a linear output,
 * 23 parameters in one flat array. Static methods only, so the prediction hot path allocates
 * nothing and the same code serves training and prediction (bit-identical results).
 *
 * <p>Parameter layout: {@code W1[j][i]=p[2j+i]} (0–3), {@code b1} (4–5), {@code W2[k][j]=p[6+2k+j]}
 * (6–13), {@code b2} (14–17), {@code W3[k]=p[18+k]} (18–21), {@code b3=p[22]}.
 */
public final class Mlp {

    public static final int PARAMS = 23;

    private Mlp() {
    }

    /** Network output for scaled inputs (x1, x2). */
    public static double predict(double[] p, double x1, double x2) {
        double h0 = tanh(p[0] * x1 + p[1] * x2 + p[4]);
        double h1 = tanh(p[2] * x1 + p[3] * x2 + p[5]);
        return p[22]
                + p[18] * tanh(p[6] * h0 + p[7] * h1 + p[14])
                + p[19] * tanh(p[8] * h0 + p[9] * h1 + p[15])
                + p[20] * tanh(p[10] * h0 + p[11] * h1 + p[16])
                + p[21] * tanh(p[12] * h0 + p[13] * h1 + p[17]);
    }

    /**
     * Output and its gradient with respect to all 23 parameters (one Jacobian row), by
     * back-propagation through the two tanh layers.
     */
    public static double predictWithGradient(double[] p, double x1, double x2, double[] grad) {
        double h0 = tanh(p[0] * x1 + p[1] * x2 + p[4]);
        double h1 = tanh(p[2] * x1 + p[3] * x2 + p[5]);
        double y = p[22];
        double g0 = 0, g1 = 0; // dy/dh0, dy/dh1
        for (int k = 0; k < 4; k++) {
            double a = tanh(p[6 + 2 * k] * h0 + p[7 + 2 * k] * h1 + p[14 + k]);
            y += p[18 + k] * a;
            grad[18 + k] = a;
            double d = p[18 + k] * (1 - a * a); // dy/dz2_k
            grad[14 + k] = d;
            grad[6 + 2 * k] = d * h0;
            grad[7 + 2 * k] = d * h1;
            g0 += d * p[6 + 2 * k];
            g1 += d * p[7 + 2 * k];
        }
        grad[22] = 1;
        double d0 = g0 * (1 - h0 * h0);
        double d1 = g1 * (1 - h1 * h1);
        grad[4] = d0;
        grad[5] = d1;
        grad[0] = d0 * x1;
        grad[1] = d0 * x2;
        grad[2] = d1 * x1;
        grad[3] = d1 * x2;
        return y;
    }

    /**
     * tanh via one exponential: {@code 1 - 2/(e^{2x}+1)}. StrictMath keeps results identical on
     * every JVM and in interpreted and compiled code, which reloaded predictors rely on; the form
     * saturates cleanly to ±1 (e^{2x} overflowing to infinity gives exactly 1).
     */
    static double tanh(double x) {
        return 1.0 - 2.0 / (StrictMath.exp(2.0 * x) + 1.0);
    }
}
