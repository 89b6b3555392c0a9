package io.evolp.io.onnx;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;

import java.util.List;
import java.util.Locale;

/**
 * ONNX export of measurement modules and whole models, hand-encoded (no protobuf library, no
 * Python). Every graph takes one float input {@code input} of shape [1, C, H, W].
 *
 * <p><b>Layer module (DESIGN §1.3).</b> {@code repeats} independent branches, each Conv(k, s, p,
 * groups, bias) + BatchNormalization + Relu with its own seeded random weights, all reading the same
 * input, each branch's result a separate graph output {@code out0 … out(r−1)} of shape
 * [1, cout, Ho, Wo]. Why this shape of module:
 * <ul>
 *   <li>a chain only works when the layer keeps its shape (cin = cout, stride 1, same padding), and
 *       a key's rows mix both cases — one module form for all rows keeps a key's data comparable;</li>
 *   <li>no combining op (Sum, Concat) is added: its cost grows with the output size and would be a
 *       visible bias for light layers (depthwise convs do only 9 MACs per output);</li>
 *   <li>distinct weights per branch: identical branches would be fair game for a graph optimiser's
 *       common-subexpression elimination (ORT 1.28 measured here does not merge them while each is a
 *       graph output — 10 shared-weight branches took 10.1× one — but nothing promises that), and
 *       each branch reads its own weights as consecutive layers of a real network do. The cost is
 *       model size: {@code repeats ×} the layer's weights (a 512→512 3x3 layer at 20 repeats: 189 MB);</li>
 *   <li>the input stays hot in cache across branches as it does in a network, where a layer reads
 *       what the previous one just wrote.</li>
 * </ul>
 * So a run of the module costs {@code repeats ×} the layer's time; divide by {@code repeats}.
 */
public final class OnnxExport {

    /** The paper's 100 classes. */
    public static final int CLASSES = 100;
    public static final String INPUT = "input";
    private static final long SEED = 20230801L;

    private OnnxExport() {
    }

    /** Name of the graph output of branch {@code i} of a layer module. */
    public static String moduleOutput(int i) {
        return "out" + i;
    }

    public static byte[] layerModule(LayerConfig layer, int repeats) {
        return layerModule(layer, repeats, SEED);
    }

    public static byte[] layerModule(LayerConfig layer, int repeats, long seed) {
        if (repeats < 1) throw new IllegalArgumentException("repeats must be >= 1, was " + repeats);
        NetBuilder net = new NetBuilder(seed);
        String x = net.input(INPUT, layer.cin(), layer.inputSize());
        for (int i = 0; i < repeats; i++) {
            net.output(net.rename(net.convBn(x, layer, true), moduleOutput(i)));
        }
        return net.encode("layer_module", repeats + " x (Conv+BN+ReLU) of " + layer);
    }

    /**
     * The whole model: a built-in architecture's real graph at the spec's widths, or an explicit
     * conv list as a plain chain of Conv+BN+ReLU (a max pool k = s = f inserted where the next conv's
     * input is the previous output divided by an integer f), both ending in global average pool and
     * a fully connected layer to {@link #CLASSES} logits, output {@code logits} [1, 100].
     *
     * @throws IllegalArgumentException for an unknown architecture or an explicit list that does not
     *                                  chain, saying which conv breaks it
     */
    public static byte[] model(ModelSpec model) {
        return model(model, SEED);
    }

    public static byte[] model(ModelSpec model, long seed) {
        List<LayerConfig> convs = model.convs();
        if (convs.isEmpty()) throw new IllegalArgumentException("model '" + model.name() + "' has no conv layers");
        NetBuilder net = new NetBuilder(seed);
        LayerConfig first = convs.get(0);
        String x = net.input(INPUT, first.cin(), first.inputSize());
        ConvCursor cursor = new ConvCursor(net, convs);
        String arch = model.arch() == null ? null : model.arch().toLowerCase(Locale.ROOT);
        try {
            if (arch == null) {
                x = chain(net, cursor, convs, model.name());
            } else {
                x = switch (arch) {
                    case "vgg16" -> ZooGraphs.vgg16(net, cursor, x);
                    case "resnet50" -> ZooGraphs.resnet50(net, cursor, x);
                    case "mobilenetv1" -> ZooGraphs.mobilenetV1(cursor, x);
                    case "inceptionv3" -> ZooGraphs.inceptionV3(net, cursor, x);
                    default -> throw new IllegalArgumentException("no ONNX topology for architecture '" + model.arch() + "'");
                };
            }
            cursor.finish();
        } catch (IllegalStateException e) {
            // The spec's conv list does not fit the family's topology (e.g. hand-edited convs).
            throw new IllegalArgumentException("model '" + model.name() + "' does not fit the " + arch
                    + " topology: " + e.getMessage(), e);
        }
        x = net.classifier(x, CLASSES);
        net.output(net.rename(x, "logits"));
        return net.encode(model.name(), "EvoLP workbench export of " + model.name() + " (" + convs.size() + " convs)");
    }

    private static String chain(NetBuilder net, ConvCursor cursor, List<LayerConfig> convs, String name) {
        String problem = ZooGraphs.chainProblem(convs);
        if (problem != null) {
            throw new IllegalArgumentException("cannot export explicit model '" + name + "' as a chain of Conv+BN+ReLU: "
                    + problem);
        }
        String x = OnnxExport.INPUT;
        for (LayerConfig c : convs) {
            int size = net.shape(x)[1];
            if (size != c.inputSize()) {
                int f = size / c.inputSize();
                x = net.maxPool(x, f, f, 0);
            }
            x = cursor.convBnRelu(x);
        }
        return x;
    }
}
