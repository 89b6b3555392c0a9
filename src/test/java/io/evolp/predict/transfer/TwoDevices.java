package io.evolp.predict.transfer;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.task.ProgressMonitor;

import java.util.Random;

/**
 * Two synthetic devices over the same layers, for tests only: the source is roofline-like, the
 * target differs by a global factor, a per-key factor and a per-layer overhead, so transfer has
 * something to learn and training from scratch on a few rows has much more.
 */
final class TwoDevices {

    static final int[] SIZES = {56, 28, 14, 7};
    static final int[] KERNELS = {1, 3};

    private TwoDevices() {
    }

    static double source(LayerConfig c) {
        return 3e-9 * c.macs() + 0.01;
    }

    static double target(LayerConfig c) {
        double keyFactor = 1 + 0.15 * (c.inputSize() % 5) + (c.kh() == 1 ? 0.3 : 0);
        return 1.7 * keyFactor * source(c) + 2e-6 * c.cout() * c.outputHeight() * c.outputWidth() / 100;
    }

    /** Random layers of every key (size × kernel), latency from {@code device} with 2 % noise. */
    static LayerDataset data(String device, int perKey, long seed, boolean target) {
        Random rnd = new Random(seed);
        LayerDataset.Builder b = LayerDataset.builder(device);
        for (int s : SIZES) {
            for (int k : KERNELS) {
                for (int i = 0; i < perKey; i++) {
                    LayerConfig c = LayerConfig.of(s, 16 + rnd.nextInt(496), 16 + rnd.nextInt(496), k, 1, k / 2, 1);
                    b.add(c, (target ? target(c) : source(c)) * (1 + 0.02 * rnd.nextGaussian()));
                }
            }
        }
        return b.build();
    }

    /**
     * As {@link #data}, but both devices run layers whose input channels are not a multiple of 8
     * 1.8× slower (a tile width both share): a source trained on many rows knows the step, a
     * learner on a few target rows — which see few aligned layers and has no mod-8 input — does not.
     */
    static LayerDataset tiled(String device, int perKey, long seed, boolean target) {
        LayerDataset plain = data(device, perKey, seed, target);
        LayerDataset.Builder b = LayerDataset.builder(device);
        for (int i = 0; i < plain.size(); i++) {
            LayerConfig c = plain.config(i);
            b.add(c, plain.latency(i) * (c.cin() % 8 == 0 ? 1 : 1.8));
        }
        return b.build();
    }

    /** A gbt predictor of the source device, trained on 10 random layers per key. */
    static LatencyPredictor gbtSource() {
        return Predictors.train("gbt", data("src", 10, 1, false), TrainOptions.defaults(), ProgressMonitor.NONE);
    }

    /** The log source prediction of every row of {@code d}, as the transfer trainer computes it. */
    static double[] logSource(LatencyPredictor src, LayerDataset d) {
        double[] ls = new double[d.size()];
        for (int i = 0; i < ls.length; i++) ls[i] = TransferPredictor.logSource(src, d.config(i));
        return ls;
    }
}
