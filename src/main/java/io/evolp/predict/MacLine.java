package io.evolp.predict;

import io.evolp.core.LayerConfig;

/**
 * Latency as a straight line in MACs, {@code max(a·MACs + b, floor)}: the FLOPs proxy, and the
 * fallback for keys with too few samples for a net. The floor (a quarter of the smallest measured
 * latency) keeps predictions for tiny pruned layers positive when the intercept is negative.
 */
record MacLine(double a, double b, double floor, int samples) implements KeyModel {

    static final String MODEL = "mac_line";

    /**
     * Least-squares fit through the given points. One point (or points that all share one MAC
     * count) gives proportional scaling {@code latency·MACs/MACs0}; a negative slope, which only
     * noise can produce, degrades to the mean latency.
     */
    static MacLine fit(double[] macs, double[] latency) {
        int n = latency.length;
        if (n == 0) throw new IllegalArgumentException("no samples to fit");
        double mx = 0, my = 0, min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            mx += macs[i];
            my += latency[i];
            min = Math.min(min, latency[i]);
        }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = macs[i] - mx;
            sxy += dx * (latency[i] - my);
            sxx += dx * dx;
        }
        double floor = Math.max(0.25 * min, 1e-9);
        if (!(sxx > 0)) return new MacLine(mx > 0 ? my / mx : 0, mx > 0 ? 0 : my, floor, n);
        double a = sxy / sxx;
        if (a < 0) return new MacLine(0, my, floor, n);
        return new MacLine(a, my - a * mx, floor, n);
    }

    double predictMacs(double macs) {
        return Math.max(a * macs + b, floor);
    }

    @Override
    public double predict(LayerConfig layer) {
        return predictMacs(layer.macs());
    }

    @Override
    public String model() {
        return MODEL;
    }

}
