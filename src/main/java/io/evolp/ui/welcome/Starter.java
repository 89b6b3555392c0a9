package io.evolp.ui.welcome;

import java.util.List;
import java.util.Optional;

/**
 * "Start from a built-in architecture": each built-in architecture with the simulated sample
 * dataset measured for it and the simulated device that dataset comes from.
 *
 * @param architecture the zoo id ({@code vgg16}, …)
 * @param label        what the welcome screen lists
 * @param dataset      the layer dataset file in {@code sample-data/}
 * @param source       the measurement source the Compression screen then uses
 */
public record Starter(String architecture, String label, String dataset, String source) {

    public static final List<Starter> ALL = List.of(
            new Starter("vgg16", "VGG16-BN · simulated Jetson TX2", "vgg16-simulated-tx2.csv", "simulated:tx2"),
            new Starter("resnet50", "ResNet-50 · simulated Jetson TX2", "resnet50-simulated-tx2.csv", "simulated:tx2"),
            new Starter("mobilenetv1", "MobileNetV1 · simulated Jetson Nano", "mobilenetv1-simulated-nano.csv",
                    "simulated:nano"),
            new Starter("inceptionv3", "InceptionV3 · simulated lab CPU", "inceptionv3-simulated-cpu.csv",
                    "simulated:cpu"));

    public static Optional<Starter> of(String architecture) {
        return ALL.stream().filter(s -> s.architecture().equals(architecture)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
