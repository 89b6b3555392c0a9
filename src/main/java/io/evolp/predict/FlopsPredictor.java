package io.evolp.predict;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;

/**
 * FLOPs/MACs proxy peer: one least-squares line {@code latency = a·MACs + b} over all of a
 * device's rows, clamped below at a quarter of the smallest measured latency so it never predicts
 * zero or negative times.
 *
 * <p>It is a general model with no notion of configuration keys, so {@link #covers} is true for
 * every key: nothing it predicts is more of an extrapolation than anything else, and listing
 * "unseen" keys would suggest a distinction the model does not make.
 */
public final class FlopsPredictor implements LatencyPredictor {

    public static final String KIND = "flops";

    private final String device;
    private final MacLine line;

    FlopsPredictor(String device, MacLine line) {
        this.device = device;
        this.line = line;
    }

    static FlopsPredictor train(LayerDataset data) {
        return new FlopsPredictor(data.device(), KeySamples.generalLine(data));
    }

    /** Slope in ms per MAC. */
    MacLine line() {
        return line;
    }

    public double slope() {
        return line.a();
    }

    /** Intercept in ms (per-layer overhead). */
    public double intercept() {
        return line.b();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String device() {
        return device;
    }

    @Override
    public double predictLayer(LayerConfig layer) {
        return line.predict(layer);
    }

    @Override
    public boolean covers(ConfigKey key) {
        return true;
    }

}
