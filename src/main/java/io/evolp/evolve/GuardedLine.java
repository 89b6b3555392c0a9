package io.evolp.evolve;

/**
 * {@code a·raw + b} with {@code a > 0}, evaluated so it stays positive and strictly increasing.
 * A line fitted on 40–150 ms models and extrapolated to a tiny candidate may cross zero when
 * {@code b < 0}; a latency cannot, so the value never drops below a tenth of {@code a·raw} (the max
 * of two increasing functions is still increasing).
 */
record GuardedLine(double a, double b) {

    static final GuardedLine IDENTITY = new GuardedLine(1, 0);

    GuardedLine {
        if (!(a > 0) || Double.isInfinite(a) || Double.isNaN(b) || Double.isInfinite(b)) {
            throw new IllegalArgumentException("a correction line needs a finite slope > 0, was a=" + a + " b=" + b);
        }
    }

    double apply(double raw) {
        if (!(raw > 0)) return 0;
        return Math.max(a * raw + b, a * raw / 10);
    }
}
