package io.evolp.measure.local;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;

import java.util.Arrays;
import java.util.Locale;

/**
 * Not a test: measures real numbers through the worker for the report. Run with
 * {@code java -cp target/classes:target/test-classes:<deps> io.evolp.measure.local.LocalBench}.
 */
public final class LocalBench {

    public static void main(String[] args) {
        LocalSettings layerSettings = LocalSettings.defaults(); // 1 thread, ALL, 5 warm-up, 20 repeats, 3 rounds, 20 branches
        LocalSettings modelSettings = LocalSettings.defaults().withRepeats(10).withWarmup(2);
        try (LocalWorkerClient client = new LocalWorkerClient()) {
            RuntimeFacts f = client.info(layerSettings);
            System.out.printf(Locale.ROOT, "worker JVM start to ready: %.0f ms; %s; %s%n", client.lastStartMs(), f.summary(), f.jvmVersion());
            for (LayerConfig l : new LayerConfig[]{LayerConfig.of(56, 64, 64, 3, 1, 1, 1), LayerConfig.of(112, 64, 64, 3, 1, 1, 64),
                    LayerConfig.of(14, 512, 512, 3, 1, 1, 1)}) {
                print("layer " + l.inputSize() + "x" + l.inputSize() + " " + l.cin() + "->" + l.cout() + " k" + l.kh()
                        + " g" + l.groups() + " (per layer, module of 20)", client.measureLayer(l, layerSettings));
            }
            for (String arch : new String[]{"vgg16", "resnet50", "mobilenetv1", "inceptionv3"}) {
                print(arch + " full", client.measureModel(Zoo.model(arch, null), modelSettings));
                int[] w = Zoo.get(arch).fullWidths();
                Arrays.setAll(w, i -> Math.max(1, w[i] / 2));
                ModelSpec half = Zoo.model(arch, w);
                print(arch + " half", client.measureModel(half, modelSettings));
            }
            long t0 = System.nanoTime();
            client.close();
            System.out.printf(Locale.ROOT, "close: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        }
    }

    private static void print(String what, LocalMeasurement m) {
        System.out.printf(Locale.ROOT, "%-55s median %9.3f ms  IQR %7.3f  min %9.3f  max %9.3f  rounds %s  session %.0f ms%n",
                what, m.medianMs(), m.iqrMs(), m.minMs(), m.maxMs(),
                Arrays.stream(m.roundMediansMs()).mapToObj(v -> String.format(Locale.ROOT, "%.3f", v)).toList(), m.sessionCreateMs());
    }
}
