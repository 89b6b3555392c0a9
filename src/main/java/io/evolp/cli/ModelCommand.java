package io.evolp.cli;

import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Architecture;
import io.evolp.core.zoo.Zoo;
import io.evolp.io.ModelJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code evolp model}: lists the built-in architectures or writes a model JSON for one of them. */
@Command(name = "model", description = "List built-in architectures, or write a model JSON (arch + widths).")
final class ModelCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--arch", paramLabel = "ID", description = "vgg16, resnet50, mobilenetv1 or inceptionv3.")
    String arch;

    @Option(names = "--width-multiplier", defaultValue = "1.0", paramLabel = "W",
            description = "Scale every prunable width by W (0 < W ≤ 1; default ${DEFAULT-VALUE}).")
    double multiplier;

    @Option(names = "--random", paramLabel = "N",
            description = "Write N models with random per-layer widths (25–100 %% of full) as JSON lines.")
    Integer random;

    @Option(names = "--prunable", description = "List the architecture's prunable layers (index, name, full width): "
            + "the names γ files use.")
    boolean prunable;

    @Option(names = "--seed", defaultValue = "1", description = "Seed for --random (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "M.json", description = "Write the model(s) here (else print).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter pw = spec.commandLine().getOut();
        if (arch == null) {
            pw.printf("%-12s %6s %8s %10s%n", "arch", "input", "convs", "GMAC");
            for (Architecture a : Zoo.all()) {
                ModelSpec m = Zoo.model(a.id(), null);
                pw.printf("%-12s %6d %8d %10.3f%n", a.id(), a.inputSize(), m.convs().size(), m.macs() / 1e9);
            }
            return 0;
        }
        if (!(multiplier > 0 && multiplier <= 1)) {
            throw new IllegalArgumentException("--width-multiplier must be in (0, 1], was " + multiplier);
        }
        Architecture a = Zoo.get(arch);
        if (random != null) return writeRandom(a, pw);
        if (prunable) {
            for (int i = 0; i < a.fullWidths().length; i++) {
                pw.printf("%3d  %-28s %5d%n", i, a.prunableNames().get(i), a.fullWidths()[i]);
            }
            return 0;
        }
        int[] widths = a.fullWidths().clone();
        for (int i = 0; i < widths.length; i++) widths[i] = Math.max(1, (int) Math.round(widths[i] * multiplier));
        ModelSpec m = Zoo.model(a.id(), widths);
        if (out != null) {
            ModelJson.write(m, out);
            pw.printf("Wrote %s (%d convs, %.3f GMAC) to %s%n", a.id(), m.convs().size(), m.macs() / 1e9, out);
        } else {
            pw.println(ModelJson.toJson(m));
        }
        return 0;
    }

    /** Random-width variants, e.g. as candidates to measure for the whole-model correction. */
    private int writeRandom(Architecture a, PrintWriter pw) throws java.io.IOException {
        if (random < 1) throw new IllegalArgumentException("--random must be at least 1, was " + random);
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        java.util.List<ModelSpec> models = new java.util.ArrayList<>();
        for (int n = 0; n < random; n++) {
            int[] widths = a.fullWidths().clone();
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(1, (int) Math.round(widths[i] * (0.25 + 0.75 * rnd.nextDouble())));
            }
            models.add(Zoo.model(a.id(), widths));
        }
        if (out != null) {
            ModelJson.writeLines(models, out);
            pw.printf("Wrote %d random-width %s models to %s%n", models.size(), a.id(), out);
        } else {
            models.forEach(m -> pw.println(ModelJson.toJson(m)));
        }
        return 0;
    }
}
