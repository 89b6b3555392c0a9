package io.evolp.core.zoo;

/**
 * ResNet-50 as in torchvision (bottleneck v1.5: the stride sits on the 3x3 conv). Stem 7x7/2 pad 3
 * to 64 channels and a 3x3/2 max pool (224 → 112 → 56); four stages of [3, 4, 6, 3] bottlenecks with
 * 64/128/256/512 planes and expansion 4; the first block of each stage has a 1x1 downsample conv
 * carrying the stage stride (1, 2, 2, 2). 53 convs in all.
 *
 * <p>Prunable widths, in order of first use in the forward pass:
 * <ol>
 *   <li>{@code conv1} — the stem;</li>
 *   <li>per stage S (1–4), per block B: {@code layerS.B.conv1} and {@code layerS.B.conv2} (the two
 *       inner widths), and right after {@code layerS.0.conv2} the stage output {@code layerS.out}.</li>
 * </ol>
 * {@code layerS.out} is the width of every block's conv3 and of the stage's downsample conv: the
 * residual adds tie them together, so they can only be pruned as one width per stage.
 * 1 + 2·16 + 4 = 37 widths.
 */
public final class ResNet50 extends BaseArchitecture {

    private static final int[] BLOCKS = {3, 4, 6, 3};
    private static final int[] PLANES = {64, 128, 256, 512};
    private static final int EXPANSION = 4;

    public ResNet50() {
        super("resnet50", 224);
    }

    @Override
    void build(WidthCursor w, ConvList out) {
        int stem = w.next("conv1", 64);
        int size = out.conv(inputSize(), 3, stem, 7, 2, 3);
        size = ConvList.pool(size, 3, 2, 1);
        int channels = stem;
        for (int stage = 0; stage < BLOCKS.length; stage++) {
            int stride = stage == 0 ? 1 : 2;
            int stageOut = 0;
            for (int block = 0; block < BLOCKS[stage]; block++) {
                String prefix = "layer" + (stage + 1) + "." + block + ".";
                int s = block == 0 ? stride : 1;
                int w1 = w.next(prefix + "conv1", PLANES[stage]);
                int w2 = w.next(prefix + "conv2", PLANES[stage]);
                if (block == 0) {
                    stageOut = w.next("layer" + (stage + 1) + ".out", PLANES[stage] * EXPANSION);
                }
                out.conv(size, channels, w1, 1, 1, 0);
                int outSize = out.conv(size, w1, w2, 3, s, 1);
                out.conv(outSize, w2, stageOut, 1, 1, 0);
                if (block == 0) {
                    out.conv(size, channels, stageOut, 1, s, 0); // downsample on the identity path
                }
                size = outSize;
                channels = stageOut;
            }
        }
    }
}
