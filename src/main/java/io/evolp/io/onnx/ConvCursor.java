package io.evolp.io.onnx;

import io.evolp.core.LayerConfig;

import java.util.List;

/**
 * Walks a model's conv list in the zoo's order while a topology builder wires the graph around it:
 * the builder knows where pools, adds and concats go, the conv list knows every conv's shape at the
 * model's widths. {@link #finish()} checks that the topology consumed every conv exactly once.
 */
final class ConvCursor {

    private final NetBuilder net;
    private final List<LayerConfig> convs;
    private int next;

    ConvCursor(NetBuilder net, List<LayerConfig> convs) {
        this.net = net;
        this.convs = convs;
    }

    /** Next conv + BN + ReLU applied to {@code x}. */
    String convBnRelu(String x) {
        return net.convBn(x, take(), true);
    }

    /** Next conv + BN without the ReLU (ResNet's conv3 and downsample, before the residual add). */
    String convBn(String x) {
        return net.convBn(x, take(), false);
    }

    void finish() {
        if (next != convs.size()) {
            throw new IllegalStateException("topology used " + next + " of " + convs.size() + " convs");
        }
    }

    private LayerConfig take() {
        if (next >= convs.size()) throw new IllegalStateException("topology needs more than " + convs.size() + " convs");
        return convs.get(next++);
    }
}
