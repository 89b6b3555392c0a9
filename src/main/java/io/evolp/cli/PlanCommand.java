package io.evolp.cli;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.core.SamplingPlan;
import io.evolp.io.DatasetCsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code evolp plan}: EvoLP's layer sampling plan for a model (DESIGN §1.2). */
@Command(name = "plan", description = "Write EvoLP's layer sampling plan for a model as a dataset CSV without latency.")
final class PlanCommand implements Callable<Integer> {

    /** Far above any real campaign (a row takes seconds to measure); guards the planner's memory. */
    static final int MAX_SAMPLES = 10_000_000;

    @Spec CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "M.json",
            description = "Model JSON, or a built-in architecture: vgg16, resnet50, mobilenetv1, inceptionv3.")
    Path model;

    @Option(names = "--samples", required = true, paramLabel = "N", description = "Rows per model (exactly N where the model allows).")
    int samples;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of the channel residues of the grid points and of the rows that meet N exactly (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "plan.csv")
    Path out;

    @Mixin ActivePlanOptions active;

    @Override
    public Integer call() throws Exception {
        if (samples < 1 || samples > MAX_SAMPLES) {
            throw new IllegalArgumentException("--samples must be between 1 and " + MAX_SAMPLES + ", was " + samples);
        }
        OutputGuard.check("--out", out, "--model", model);
        List<ModelSpec> models = Inputs.models(model);
        LinkedHashSet<LayerConfig> rows = new LinkedHashSet<>();
        PrintWriter o = spec.commandLine().getOut();
        if (active.active) return active.write(models, samples, seed, out, o, spec.commandLine().getErr());
        for (ModelSpec m : models) {
            List<LayerConfig> plan = SamplingPlan.plan(m, samples, seed);
            if (plan.size() != samples) o.println(why(m, plan.size()));
            rows.addAll(plan);
        }
        DatasetCsvWriter.writePlan(List.copyOf(rows), out);
        long keys = rows.stream().map(LayerConfig::key).distinct().count();
        String union = models.size() > 1 ? " (the union of " + models.size() + " models' plans)" : "";
        o.printf("Wrote %d plan rows over %d configuration keys to %s%s%n", rows.size(), keys, out, union);
        return 0;
    }

    /** Why a model's plan is not exactly N rows (SamplingPlan's only two reasons). */
    private String why(ModelSpec m, int rows) {
        return rows > samples
                ? String.format("Note: %s has %d rows, not %d: each of its distinct layer shapes keeps its full-width row.",
                        m.name(), rows, samples)
                : String.format("Note: %s has %d rows, not %d: its layer shapes offer no more distinct channel counts.",
                        m.name(), rows, samples);
    }
}
