package io.evolp.io;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Generated data for the "load 1M rows" benchmark ({@code evolp bench}). The rows look like a real
 * EvoLP sweep — conv shapes of the four paper families, channels stepped down from full width,
 * latencies at full double precision like the authors' Python output (the slow case for parsing) —
 * but they are synthetic and only meant for timing. (The timing loop of the developer benchmark
 * lives in the test sources, {@code DatasetCsvLoadTiming}; {@code evolp bench} has its own.)
 */
public final class SyntheticDatasets {

    /** {input size, kernel, stride, max channels, depthwise?} of shapes found in VGG16/ResNet-50/MobileNetV1/InceptionV3. */
    private static final int[][] SHAPES = {
            {224, 3, 1, 64, 0}, {112, 3, 1, 128, 0}, {56, 3, 1, 256, 0}, {28, 3, 1, 512, 0}, {14, 3, 1, 512, 0},
            {56, 1, 1, 256, 0}, {28, 1, 1, 512, 0}, {14, 1, 1, 1024, 0}, {7, 1, 1, 2048, 0}, {224, 7, 2, 64, 0},
            {56, 3, 2, 128, 0}, {112, 3, 1, 64, 1}, {56, 3, 2, 128, 1}, {28, 3, 1, 256, 1}, {14, 3, 1, 512, 1},
            {35, 5, 1, 64, 0}, {17, 1, 1, 768, 0}, {8, 3, 1, 384, 0}, {147, 3, 1, 64, 0}, {299, 3, 2, 32, 0},
    };

    private SyntheticDatasets() {
    }

    /** Writes a valid dataset CSV of {@code rows} rows; the same seed gives the same file. */
    public static void generateFile(Path file, int rows, long seed) throws IOException {
        DatasetCsvWriter.write(generate(rows, seed), file);
    }

    /** The dataset {@link #generateFile} writes. */
    public static LayerDataset generate(int rows, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        LayerDataset.Builder b = LayerDataset.builder("bench-synthetic");
        for (int i = 0; i < rows; i++) {
            int[] s = SHAPES[rnd.nextInt(SHAPES.length)];
            int size = s[0];
            int k = s[1];
            int stride = s[2];
            int cin = 1 + rnd.nextInt(s[3]);
            int cout = s[4] == 1 ? cin : 1 + rnd.nextInt(s[3]);
            int groups = s[4] == 1 ? cin : 1;
            LayerConfig c = new LayerConfig(size, cin, cout, k, k, stride, stride, k / 2, k / 2, false, groups);
            // Roofline-ish: compute time plus a fixed launch cost, with multiplicative noise.
            double ms = 0.02 + c.macs() * 2.5e-9 * (1 + 0.05 * rnd.nextDouble());
            b.add(c, ms);
        }
        return b.build();
    }
}
