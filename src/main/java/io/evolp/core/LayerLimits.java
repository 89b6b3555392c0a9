package io.evolp.core;

/**
 * The largest layer parameters the program accepts from any input (datasets, model files, plans,
 * agent requests).
 *
 * <p>Why: shape arithmetic ({@code input_size + 2·padding}, output sizes, MACs) is done in
 * {@code int}/{@code long}; a hostile {@code padding} of 2147483647 used to wrap silently and be
 * shown wrapped in messages. Bounding every field far above any real network (a 4K frame is 3840
 * pixels, the widest production convs have a few thousand channels) keeps all of that arithmetic
 * exact, and lets readers say "at most N" with the value the user wrote.
 */
public final class LayerLimits {

    /** input_size, kernel, stride and padding (each axis). */
    public static final int MAX_SPATIAL = 65_536;
    /** input_channel, output_channel and groups. */
    public static final int MAX_CHANNELS = 1_000_000;
    /**
     * Multiply–accumulates of one layer: far beyond any real layer (days of compute), and low enough
     * that {@link LayerConfig#macs()} (a long, at most 9.2e18) cannot overflow. Tighter, resource-based
     * limits (e.g. the agent's module size) apply on top where they matter.
     */
    public static final double MAX_MACS = 1e17;

    private LayerLimits() {
    }

    /** The upper limit of a dataset/model field by its role, for readers that check cells one by one. */
    public static int maxFor(boolean channelField) {
        return channelField ? MAX_CHANNELS : MAX_SPATIAL;
    }

    /** Why the ranges are exceeded, or null; names the field and keeps the user's value. */
    static String rangeProblem(int inputSize, int cin, int cout, int kh, int kw, int sh, int sw,
                               int ph, int pw, int groups) {
        if (inputSize > MAX_SPATIAL) return tooLarge("input_size", inputSize, MAX_SPATIAL);
        if (cin > MAX_CHANNELS) return tooLarge("input_channel", cin, MAX_CHANNELS);
        if (cout > MAX_CHANNELS) return tooLarge("output_channel", cout, MAX_CHANNELS);
        if (kh > MAX_SPATIAL || kw > MAX_SPATIAL) return tooLarge("kernel size", Math.max(kh, kw), MAX_SPATIAL);
        if (sh > MAX_SPATIAL || sw > MAX_SPATIAL) return tooLarge("stride", Math.max(sh, sw), MAX_SPATIAL);
        if (ph > MAX_SPATIAL || pw > MAX_SPATIAL) return tooLarge("padding", Math.max(ph, pw), MAX_SPATIAL);
        if (groups > MAX_CHANNELS) return tooLarge("groups", groups, MAX_CHANNELS);
        return null;
    }

    private static String tooLarge(String field, int value, int max) {
        return field + " must be at most " + max + ", found " + value;
    }
}
