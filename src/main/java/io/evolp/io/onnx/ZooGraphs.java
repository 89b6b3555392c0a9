package io.evolp.io.onnx;

import io.evolp.core.LayerConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The real graphs of the built-in architectures: the zoo's conv list (shapes at any widths) wired
 * with each family's pools, residual adds, concats and classifier, as torchvision builds them.
 *
 * <p>Classifier: every family ends in global average pool → one fully connected layer to the
 * classes. For ResNet-50, MobileNetV1 and InceptionV3 that is their own head. For VGG16 it is the
 * network-slimming VGG the EvoLP authors compress (the zoo's VGG is that network: bias-free convs),
 * not torchvision's three 4096-wide FC layers — those would add 120 M weights (≈ 480 MB of ONNX)
 * that channel pruning barely touches.
 */
final class ZooGraphs {

    private ZooGraphs() {
    }

    /** VGG16-BN: 13 conv+BN+ReLU in five stages, each followed by a 2x2/2 max pool. */
    static String vgg16(NetBuilder net, ConvCursor c, String x) {
        int[] stageConvs = {2, 2, 3, 3, 3};
        for (int n : stageConvs) {
            for (int i = 0; i < n; i++) x = c.convBnRelu(x);
            x = net.maxPool(x, 2, 2, 0);
        }
        return x;
    }

    /** ResNet-50 v1.5: stem, 3x3/2 max pool, [3, 4, 6, 3] bottlenecks with residual adds. */
    static String resnet50(NetBuilder net, ConvCursor c, String x) {
        x = c.convBnRelu(x);
        x = net.maxPool(x, 3, 2, 1);
        for (int blocks : new int[]{3, 4, 6, 3}) {
            for (int b = 0; b < blocks; b++) {
                String y = c.convBnRelu(x);
                y = c.convBnRelu(y);
                y = c.convBn(y);
                // The zoo lists the downsample conv after conv3 of the stage's first block.
                String identity = b == 0 ? c.convBn(x) : x;
                x = net.relu(net.add(y, identity));
            }
        }
        return x;
    }

    /** MobileNetV1: stem then 13 × (depthwise 3x3 + BN + ReLU, pointwise 1x1 + BN + ReLU). */
    static String mobilenetV1(ConvCursor c, String x) {
        x = c.convBnRelu(x);
        for (int b = 0; b < 13; b++) {
            x = c.convBnRelu(c.convBnRelu(x));
        }
        return x;
    }

    /** InceptionV3 without the auxiliary head (torchvision's eval graph). */
    static String inceptionV3(NetBuilder net, ConvCursor c, String x) {
        x = c.convBnRelu(x);
        x = c.convBnRelu(x);
        x = c.convBnRelu(x);
        x = net.maxPool(x, 3, 2, 0);
        x = c.convBnRelu(x);
        x = c.convBnRelu(x);
        x = net.maxPool(x, 3, 2, 0);
        for (int i = 0; i < 3; i++) x = inceptionA(net, c, x);
        x = inceptionB(net, c, x);
        for (int i = 0; i < 4; i++) x = inceptionC(net, c, x);
        x = inceptionD(net, c, x);
        for (int i = 0; i < 2; i++) x = inceptionE(net, c, x);
        return x;
    }

    private static String inceptionA(NetBuilder net, ConvCursor c, String x) {
        String b1 = c.convBnRelu(x);
        String b5 = c.convBnRelu(c.convBnRelu(x));
        String d = c.convBnRelu(c.convBnRelu(c.convBnRelu(x)));
        String pool = c.convBnRelu(net.avgPool(x, 3, 1, 1));
        return net.concat(List.of(b1, b5, d, pool));
    }

    private static String inceptionB(NetBuilder net, ConvCursor c, String x) {
        String b3 = c.convBnRelu(x);
        String d = c.convBnRelu(c.convBnRelu(c.convBnRelu(x)));
        return net.concat(List.of(b3, d, net.maxPool(x, 3, 2, 0)));
    }

    private static String inceptionC(NetBuilder net, ConvCursor c, String x) {
        String b1 = c.convBnRelu(x);
        String a = x;
        for (int i = 0; i < 3; i++) a = c.convBnRelu(a);
        String d = x;
        for (int i = 0; i < 5; i++) d = c.convBnRelu(d);
        String pool = c.convBnRelu(net.avgPool(x, 3, 1, 1));
        return net.concat(List.of(b1, a, d, pool));
    }

    private static String inceptionD(NetBuilder net, ConvCursor c, String x) {
        String a = c.convBnRelu(c.convBnRelu(x));
        String b = x;
        for (int i = 0; i < 4; i++) b = c.convBnRelu(b);
        return net.concat(List.of(a, b, net.maxPool(x, 3, 2, 0)));
    }

    private static String inceptionE(NetBuilder net, ConvCursor c, String x) {
        String b1 = c.convBnRelu(x);
        String a1 = c.convBnRelu(x);
        String a2a = c.convBnRelu(a1);
        String a2b = c.convBnRelu(a1);
        String d1 = c.convBnRelu(x);
        String d2 = c.convBnRelu(d1);
        String d3a = c.convBnRelu(d2);
        String d3b = c.convBnRelu(d2);
        String pool = c.convBnRelu(net.avgPool(x, 3, 1, 1));
        List<String> parts = new ArrayList<>(List.of(b1, a2a, a2b, d3a, d3b, pool));
        return net.concat(parts);
    }

    /** Checks an explicit conv list chains (each conv's cin is the previous cout). */
    static String chainProblem(List<LayerConfig> convs) {
        if (convs.isEmpty()) return "the model has no conv layers";
        for (int i = 1; i < convs.size(); i++) {
            LayerConfig prev = convs.get(i - 1), cur = convs.get(i);
            if (cur.cin() != prev.cout()) {
                return "conv " + i + " takes " + cur.cin() + " input channels but conv " + (i - 1) + " gives "
                        + prev.cout() + ": an explicit conv list does not say how such layers connect";
            }
            int from = prev.outputHeight(), to = cur.inputSize();
            if (to != from && (to > from || from / (from / to) != to)) {
                return "conv " + i + " takes " + to + "x" + to + " input but conv " + (i - 1) + " gives " + from + "x"
                        + from + ": not reachable by a max pool";
            }
            if (prev.outputHeight() != prev.outputWidth()) return "conv " + (i - 1) + " gives a non-square output";
        }
        return null;
    }
}
