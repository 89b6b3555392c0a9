package io.evolp.predict;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Known latency functions over VGG-like keys (3×3, stride 1, pad 1 at 224…14), for tests only. */
final class SyntheticData {

    static final int[] SIZES = {224, 112, 56, 28, 14};
    static final int[] WIDTHS = {64, 128, 256, 512, 512};
    static final int STEPS = 10;

    private SyntheticData() {
    }

    /** Smooth, roofline-like: 3e-9 ms per MAC plus 0.02 ms per layer. */
    static double latency(LayerConfig c) {
        return 3e-9 * c.macs() + 0.02;
    }

    static LayerConfig conv(int size, int cin, int cout) {
        return LayerConfig.of(size, cin, cout, 3, 1, 1, 1);
    }

    /** A 10×10 grid per key stepping down from the full width, latency × (1 + noise·N(0,1)). */
    static LayerDataset vggLike(double noise, long seed) {
        Random rnd = new Random(seed);
        LayerDataset.Builder b = LayerDataset.builder("synthetic");
        for (int k = 0; k < SIZES.length; k++) {
            for (int i = 0; i < STEPS; i++) {
                for (int j = 0; j < STEPS; j++) {
                    LayerConfig c = conv(SIZES[k], grid(WIDTHS[k], i), grid(WIDTHS[k], j));
                    b.add(c, latency(c) * (1 + noise * rnd.nextGaussian()));
                }
            }
        }
        return b.build();
    }

    static int grid(int width, double i) {
        return (int) Math.round(width * (STEPS - i) / STEPS);
    }

    /** Points between the training grid points (half a step off in both channels). */
    static List<LayerConfig> heldOut() {
        List<LayerConfig> out = new ArrayList<>();
        for (int k = 0; k < SIZES.length; k++) {
            for (int i = 0; i < STEPS - 1; i++) {
                for (int j = 0; j < STEPS - 1; j++) {
                    out.add(conv(SIZES[k], grid(WIDTHS[k], i + 0.5), grid(WIDTHS[k], j + 0.5)));
                }
            }
        }
        return out;
    }

    /** Mean absolute percentage error of {@code p} against {@link #latency} on {@code layers}. */
    static double mape(LatencyPredictor p, List<LayerConfig> layers) {
        double sum = 0;
        for (LayerConfig c : layers) sum += Math.abs(p.predictLayer(c) / latency(c) - 1);
        return 100 * sum / layers.size();
    }

    /** VGG16's 13 convs at full width (224 input), built here to keep the tests self-contained. */
    static List<LayerConfig> vgg16() {
        int[][] blocks = {{64, 64}, {128, 128}, {256, 256, 256}, {512, 512, 512}, {512, 512, 512}};
        List<LayerConfig> out = new ArrayList<>();
        int size = 224, cin = 3;
        for (int[] block : blocks) {
            for (int w : block) {
                out.add(conv(size, cin, w));
                cin = w;
            }
            size /= 2;
        }
        return out;
    }
}
