package io.evolp.cli;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.core.SamplingPlan;
import io.evolp.io.DatasetCsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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

    @Option(names = "--samples", required = true, paramLabel = "N", description = "Sample budget (rows).")
    int samples;

    @Option(names = "--out", required = true, paramLabel = "plan.csv")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (samples < 1 || samples > MAX_SAMPLES) {
            throw new IllegalArgumentException("--samples must be between 1 and " + MAX_SAMPLES + ", was " + samples);
        }
        OutputGuard.check("--out", out, "--model", model);
        List<ModelSpec> models = Inputs.models(model);
        LinkedHashSet<LayerConfig> rows = new LinkedHashSet<>();
        for (ModelSpec m : models) rows.addAll(SamplingPlan.plan(m, samples));
        DatasetCsvWriter.writePlan(List.copyOf(rows), out);
        long keys = rows.stream().map(LayerConfig::key).distinct().count();
        spec.commandLine().getOut().printf("Wrote %d plan rows over %d configuration keys to %s%n", rows.size(), keys, out);
        if (rows.size() != samples) {
            spec.commandLine().getErr().println("evolp: note: " + PlanCount.explain(models, samples, rows.size()));
        }
        return 0;
    }
}
