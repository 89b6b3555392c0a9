package io.evolp.core.zoo;

import io.evolp.core.LayerConfig;

import java.util.ArrayList;
import java.util.List;

/** Collects the conv layers of a model in forward order; all zoo convs are bias-free (followed by BN). */
final class ConvList {

    private final List<LayerConfig> layers = new ArrayList<>();

    /** Square kernel, stride and padding; returns the layer's output size. */
    int conv(int size, int cin, int cout, int k, int s, int p) {
        return conv(size, cin, cout, k, k, s, p, p, 1);
    }

    /** General conv (asymmetric kernel/padding as in Inception's 1x7 and 7x1); returns the output size. */
    int conv(int size, int cin, int cout, int kh, int kw, int s, int ph, int pw, int groups) {
        LayerConfig c = new LayerConfig(size, cin, cout, kh, kw, s, s, ph, pw, false, groups);
        layers.add(c);
        if (c.outputHeight() != c.outputWidth()) {
            // The zoo only builds square feature maps; a mismatch means a wrong padding in a builder.
            throw new IllegalStateException("non-square output from " + c);
        }
        return c.outputHeight();
    }

    /** Output size of a max/avg pool (floor mode, as torchvision). */
    static int pool(int size, int k, int s, int p) {
        return (size + 2 * p - k) / s + 1;
    }

    List<LayerConfig> list() {
        return List.copyOf(layers);
    }
}
