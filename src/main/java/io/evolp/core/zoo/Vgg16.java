package io.evolp.core.zoo;

/**
 * VGG16 with batch norm, configuration D: 13 convs 3x3/1 pad 1 in five stages (64, 128, 256, 512,
 * 512 channels; 2, 2, 3, 3, 3 convs), a 2x2/2 max pool after each stage, 224x224 input.
 *
 * <p>Prunable: every conv output, named conv{stage}_{index} (conv1_1 … conv5_3). Convs carry no bias,
 * as in the network-slimming VGG the EvoLP authors compress (torchvision's vgg16_bn keeps a bias).
 */
public final class Vgg16 extends BaseArchitecture {

    private static final int[] STAGE_WIDTH = {64, 128, 256, 512, 512};
    private static final int[] STAGE_CONVS = {2, 2, 3, 3, 3};

    public Vgg16() {
        super("vgg16", 224);
    }

    @Override
    void build(WidthCursor w, ConvList out) {
        int size = inputSize();
        int channels = 3;
        for (int stage = 0; stage < STAGE_WIDTH.length; stage++) {
            for (int i = 0; i < STAGE_CONVS[stage]; i++) {
                int cout = w.next("conv" + (stage + 1) + "_" + (i + 1), STAGE_WIDTH[stage]);
                size = out.conv(size, channels, cout, 3, 1, 1);
                channels = cout;
            }
            size = ConvList.pool(size, 2, 2, 0);
        }
    }
}
