package io.evolp.measure.sim;

import io.evolp.core.LayerConfig;

import java.util.ArrayList;
import java.util.List;

/** Hand-built full-width conv stacks for the simulator tests (the real zoo lives elsewhere). */
final class TestNets {

    private TestNets() {
    }

    /** VGG16 config D: 13 3×3 convs, pooling halves the size after each block. */
    static List<LayerConfig> vgg16() {
        int[][] blocks = {{64, 64}, {128, 128}, {256, 256, 256}, {512, 512, 512}, {512, 512, 512}};
        List<LayerConfig> out = new ArrayList<>();
        int size = 224, cin = 3;
        for (int[] block : blocks) {
            for (int cout : block) {
                out.add(LayerConfig.of(size, cin, cout, 3, 1, 1, 1));
                cin = cout;
            }
            size /= 2;
        }
        return out;
    }

    /** MobileNetV1: a 3×3 stem then 13 depthwise-separable blocks (dw 3×3 + pw 1×1). */
    static List<LayerConfig> mobilenetV1() {
        int[][] blocks = {{64, 1}, {128, 2}, {128, 1}, {256, 2}, {256, 1}, {512, 2},
                {512, 1}, {512, 1}, {512, 1}, {512, 1}, {512, 1}, {1024, 2}, {1024, 1}};
        List<LayerConfig> out = new ArrayList<>();
        out.add(LayerConfig.of(224, 3, 32, 3, 2, 1, 1));
        int size = 112, cin = 32;
        for (int[] b : blocks) {
            int stride = b[1];
            out.add(LayerConfig.of(size, cin, cin, 3, stride, 1, cin));
            size = (size + 2 - 3) / stride + 1;
            out.add(LayerConfig.of(size, cin, b[0], 1, 1, 0, 1));
            cin = b[0];
        }
        return out;
    }
}
