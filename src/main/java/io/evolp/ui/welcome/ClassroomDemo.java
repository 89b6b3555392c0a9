package io.evolp.ui.welcome;

import io.evolp.ui.workspace.CompressionPreset;

/**
 * The classroom demo's settings: the sample project's VGG16 / simulated TX2 predictor compressing
 * VGG16 toward {@code budgetShare} of its predicted latency, per-layer (demo γ) pruning, one
 * measurement every {@code paceSeconds}, starting {@code startDelaySeconds} after the project is
 * open — long enough for a teacher to say what is about to happen, short enough not to wonder
 * whether anything will.
 */
public record ClassroomDemo(double paceSeconds, double startDelaySeconds, double budgetShare) {

    // 4 s a measurement: time to read each step's caption aloud; the pace slider changes it live.
    public static final ClassroomDemo DEFAULT = new ClassroomDemo(4, 3, 0.4);
    /** The predictor of the sample project the demo evolves (trained on the VGG16 / TX2 data). */
    public static final String PREDICTOR = "evolp · vgg16-simulated-tx2";

    public CompressionPreset preset() {
        return new CompressionPreset("vgg16", "simulated:tx2", PREDICTOR, budgetShare, true, paceSeconds);
    }
}
