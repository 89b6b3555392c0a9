package io.evolp.core;

/**
 * One Conv2d (+BN+ReLU) layer as EvoLP describes it (DESIGN §1.1). Inputs are square
 * ({@code inputSize × inputSize}); kernel, stride and padding may differ per axis.
 *
 * <p>The constructor rejects impossible layers so that every instance in the program is valid;
 * readers that need line/column messages validate fields themselves before constructing.
 */
public record LayerConfig(int inputSize, int cin, int cout, int kh, int kw, int sh, int sw,
                          int ph, int pw, boolean bias, int groups) {

    public LayerConfig {
        String problem = problem(inputSize, cin, cout, kh, kw, sh, sw, ph, pw, groups);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Square kernel / stride / padding convenience. */
    public static LayerConfig of(int inputSize, int cin, int cout, int k, int s, int p, int groups) {
        return new LayerConfig(inputSize, cin, cout, k, k, s, s, p, p, false, groups);
    }

    /** Returns why these values cannot form a layer, or {@code null} when they can. */
    public static String problem(int inputSize, int cin, int cout, int kh, int kw, int sh, int sw,
                                 int ph, int pw, int groups) {
        if (inputSize <= 0) return "input_size must be > 0";
        if (cin <= 0) return "input_channel must be > 0";
        if (cout <= 0) return "output_channel must be > 0";
        if (kh <= 0 || kw <= 0) return "kernel size must be > 0";
        if (sh <= 0 || sw <= 0) return "stride must be > 0";
        if (ph < 0 || pw < 0) return "padding must be >= 0";
        if (groups <= 0) return "groups must be > 0";
        String range = LayerLimits.rangeProblem(inputSize, cin, cout, kh, kw, sh, sw, ph, pw, groups);
        if (range != null) return range;
        if (cin % groups != 0 || cout % groups != 0) {
            return "groups (" + groups + ") must divide input_channel (" + cin
                    + ") and output_channel (" + cout + ")";
        }
        // Exact in int: every term is bounded by LayerLimits above.
        if (inputSize + 2 * ph < kh || inputSize + 2 * pw < kw) {
            return "kernel larger than padded input";
        }
        double outH = (inputSize + 2 * ph - kh) / sh + 1;
        double outW = (inputSize + 2 * pw - kw) / sw + 1;
        double macs = outH * outW * cout * (double) (cin / groups) * kh * kw;
        if (macs > LayerLimits.MAX_MACS) {
            return String.format(java.util.Locale.ROOT, "layer too large: %.3g multiply-accumulates (at most %.0g)",
                    macs, LayerLimits.MAX_MACS);
        }
        return null;
    }

    public boolean depthwise() {
        return groups > 1 && groups == cin;
    }

    public int outputHeight() {
        return (inputSize + 2 * ph - kh) / sh + 1;
    }

    public int outputWidth() {
        return (inputSize + 2 * pw - kw) / sw + 1;
    }

    /** Multiply–accumulate operations of the convolution (BN and ReLU are not counted). */
    public long macs() {
        return (long) outputHeight() * outputWidth() * cout * (long) (cin / groups) * kh * kw;
    }

    /** Weights (+ bias) of the convolution. */
    public long params() {
        return (long) cout * (cin / groups) * kh * kw + (bias ? cout : 0);
    }

    public ConfigKey key() {
        return ConfigKey.of(this);
    }

    /**
     * The same layer with other channel counts. A depthwise layer stays depthwise
     * (groups = cin = cout); a dense layer stays dense.
     */
    public LayerConfig withChannels(int newCin, int newCout) {
        if (depthwise()) {
            return new LayerConfig(inputSize, newCin, newCin, kh, kw, sh, sw, ph, pw, bias, newCin);
        }
        int g = groups == 1 ? 1 : groups;
        return new LayerConfig(inputSize, newCin, newCout, kh, kw, sh, sw, ph, pw, bias, g);
    }
}
