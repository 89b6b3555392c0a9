package io.evolp.predict.mlp;

/** In-place Cholesky solve of a small symmetric positive-definite system (row-major n×n). */
final class Cholesky {

    private Cholesky() {
    }

    /**
     * Overwrites {@code a} with its Cholesky factor and {@code b} with the solution of a·x = b.
     *
     * @return false when {@code a} is not numerically positive definite (the caller raises the
     *         damping, exactly as a failed LM step would)
     */
    static boolean solveInPlace(double[] a, double[] b, int n) {
        for (int j = 0; j < n; j++) {
            double d = a[j * n + j];
            for (int k = 0; k < j; k++) d -= a[j * n + k] * a[j * n + k];
            if (!(d > 0)) return false;
            double l = Math.sqrt(d);
            a[j * n + j] = l;
            for (int i = j + 1; i < n; i++) {
                double s = a[i * n + j];
                for (int k = 0; k < j; k++) s -= a[i * n + k] * a[j * n + k];
                a[i * n + j] = s / l;
            }
        }
        for (int i = 0; i < n; i++) { // forward: L z = b
            double s = b[i];
            for (int k = 0; k < i; k++) s -= a[i * n + k] * b[k];
            b[i] = s / a[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--) { // backward: L^T x = z
            double s = b[i];
            for (int k = i + 1; k < n; k++) s -= a[k * n + i] * b[k];
            b[i] = s / a[i * n + i];
        }
        return true;
    }
}
