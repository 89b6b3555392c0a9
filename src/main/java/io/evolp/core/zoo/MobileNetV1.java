package io.evolp.core.zoo;

/**
 * MobileNetV1 (Howard et al. 2017, width multiplier 1): a 3x3/2 stem to 32 channels, then 13
 * depthwise-separable blocks — a depthwise 3x3 (groups = channels, pad 1, carrying the block's
 * stride) and a pointwise 1x1 — with widths 64, 128, 128, 256, 256, 512×6, 1024, 1024 and strides
 * 1, 2, 1, 2, 1, 2, 1×5, 2, 1 on 224x224 input. (The paper's table lists the last depthwise as s2;
 * that is a known typo — the feature map stays 7x7, as in every reference implementation.)
 *
 * <p>Prunable: {@code conv1} (stem) and each block's pointwise output {@code blockN.pw}; a depthwise
 * conv keeps its input width. 14 widths, 27 convs.
 */
public final class MobileNetV1 extends BaseArchitecture {

    private static final int[] WIDTH = {64, 128, 128, 256, 256, 512, 512, 512, 512, 512, 512, 1024, 1024};
    private static final int[] STRIDE = {1, 2, 1, 2, 1, 2, 1, 1, 1, 1, 1, 2, 1};

    public MobileNetV1() {
        super("mobilenetv1", 224);
    }

    @Override
    void build(WidthCursor w, ConvList out) {
        int channels = w.next("conv1", 32);
        int size = out.conv(inputSize(), 3, channels, 3, 2, 1);
        for (int b = 0; b < WIDTH.length; b++) {
            int pw = w.next("block" + (b + 1) + ".pw", WIDTH[b]);
            size = out.conv(size, channels, channels, 3, 3, STRIDE[b], 1, 1, channels);
            size = out.conv(size, channels, pw, 1, 1, 0);
            channels = pw;
        }
    }
}
