package io.evolp.predict.mlp;

/**
 * Levenberg–Marquardt for the 23-parameter {@link Mlp}, following MATLAB {@code trainlm}: damping
 * μ starts at 1e-3 and is divided by 10 after an improving step, multiplied by 10 after a failed
 * one; training stops at the MSE goal, a tiny gradient, μ above 1e10, the epoch cap, or when the
 * validation error has not improved for 6 epochs. One addition to trainlm: a run whose training
 * error has stalled (less than 0.1% better over 25 epochs) stops too; without it noise-free data
 * creeps towards the goal for thousands of epochs without visible gain, which made the epoch cap,
 * not the data, decide the training time.
 *
 * <p>Written here rather than taken from Commons Math because that optimiser discards its fit at
 * the iteration cap, and because the returned parameters are the ones with the best validation
 * error (early stopping), not the last ones. One instance per training call; not thread-safe.
 */
public final class LevenbergMarquardt {

    public static final double GOAL_MSE = 1e-7;
    private static final double MIN_GRAD = 1e-10;
    private static final double MU_START = 1e-3, MU_DEC = 0.1, MU_INC = 10, MU_MAX = 1e10;
    /** MATLAB's default; larger values fit better on hard data but cost several times the time. */
    private static final int MAX_FAIL = 6;
    private static final int P = Mlp.PARAMS;
    /** Stop when the training MSE fell by less than 0.1% over the last 25 epochs (not in trainlm). */
    private static final int STALL_WINDOW = 25;
    private static final double STALL_GAIN = 1e-3;

    private final double[] hessian = new double[P * P];
    private final double[] system = new double[P * P];
    private final double[] gradient = new double[P];
    private final double[] step = new double[P];
    private final double[] row = new double[P];
    private final double[] trial = new double[P];

    /** Outcome: best parameters and their errors (validation MSE is NaN without a validation set). */
    public record Result(double[] params, double trainMse, double validationMse, int epochs) {
    }

    /**
     * Trains {@code params} (initial values; not modified) on scaled data.
     *
     * @param x1,x2,y   training inputs and targets, all scaled to about [-1, 1]
     * @param v1,v2,vy  validation set (may be empty: then the final parameters are returned)
     */
    public Result train(double[] params, double[] x1, double[] x2, double[] y,
                        double[] v1, double[] v2, double[] vy, int maxEpochs) {
        double[] p = params.clone();
        boolean validate = vy.length > 0;
        double[] best = p.clone();
        double bestVal = validate ? mse(p, v1, v2, vy) : Double.NaN;
        double perf = mse(p, x1, x2, y);
        double bestTrain = perf;
        double mu = MU_START;
        int fails = 0, epoch = 0;
        double[] history = new double[STALL_WINDOW];
        while (epoch < maxEpochs && perf > GOAL_MSE) {
            if (epoch >= STALL_WINDOW && perf > (1 - STALL_GAIN) * history[epoch % STALL_WINDOW]) break;
            history[epoch % STALL_WINDOW] = perf;
            epoch++;
            accumulate(p, x1, x2, y);
            if (maxAbs(gradient) < MIN_GRAD) break;
            boolean improved = false;
            while (mu <= MU_MAX) {
                for (int i = 0; i < P * P; i++) system[i] = hessian[i];
                for (int i = 0; i < P; i++) {
                    system[i * P + i] += mu;
                    step[i] = -gradient[i];
                }
                if (Cholesky.solveInPlace(system, step, P)) {
                    for (int i = 0; i < P; i++) trial[i] = p[i] + step[i];
                    double trialPerf = mse(trial, x1, x2, y);
                    if (trialPerf < perf) {
                        System.arraycopy(trial, 0, p, 0, P);
                        perf = trialPerf;
                        mu *= MU_DEC;
                        improved = true;
                        break;
                    }
                }
                mu *= MU_INC;
            }
            if (!improved) break;
            if (validate) {
                double val = mse(p, v1, v2, vy);
                if (val < bestVal) {
                    bestVal = val;
                    bestTrain = perf;
                    System.arraycopy(p, 0, best, 0, P);
                    fails = 0;
                } else if (++fails >= MAX_FAIL) {
                    break;
                }
            }
        }
        if (!validate) return new Result(p, perf, Double.NaN, epoch);
        return new Result(best, bestTrain, bestVal, epoch);
    }

    /** Builds J^T J (upper triangle mirrored) and J^T e for the current parameters. */
    private void accumulate(double[] p, double[] x1, double[] x2, double[] y) {
        java.util.Arrays.fill(hessian, 0);
        java.util.Arrays.fill(gradient, 0);
        for (int s = 0; s < y.length; s++) {
            double e = Mlp.predictWithGradient(p, x1[s], x2[s], row) - y[s];
            for (int i = 0; i < P; i++) {
                double ri = row[i];
                gradient[i] += ri * e;
                int base = i * P;
                for (int j = i; j < P; j++) hessian[base + j] += ri * row[j];
            }
        }
        for (int i = 0; i < P; i++) {
            for (int j = i + 1; j < P; j++) hessian[j * P + i] = hessian[i * P + j];
        }
    }

    public static double mse(double[] p, double[] x1, double[] x2, double[] y) {
        if (y.length == 0) return Double.NaN;
        double sum = 0;
        for (int s = 0; s < y.length; s++) {
            double e = Mlp.predict(p, x1[s], x2[s]) - y[s];
            sum += e * e;
        }
        return sum / y.length;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double d : v) m = Math.max(m, Math.abs(d));
        return m;
    }
}
