package io.evolp.cli;

import io.evolp.core.ModelSpec;
import io.evolp.io.JsonOut;
import io.evolp.io.ModelJson;
import io.evolp.measure.Measurement;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.RunDetails;
import io.evolp.task.ConsoleProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;

/**
 * {@code evolp measure-model}: whole models measured on a device — the (predicted sum, measured)
 * pairs the whole-model correction learns from.
 */
@Command(name = "measure-model", description = "Measure whole models on a device. --out writes the models with "
        + "latency_ms (JSON lines) for evolp evolve / compress.")
final class MeasureModelCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin MeasureOptions device;

    @Option(names = "--model", required = true, paramLabel = "M.json|M.jsonl",
            description = "Model(s): JSON, JSON lines, or vgg16/resnet50/mobilenetv1/inceptionv3 at full width.")
    Path model;

    @Option(names = "--json", description = "One JSON object per model: name, latency_ms (median), spread_ms, count, "
            + "source, simulated, min/q1/q3/max, facts.")
    boolean json;

    @Option(names = "--out", paramLabel = "measured.jsonl",
            description = "Write the measured models with latency_ms (rewritten after every model, so a kill keeps the ones done).")
    Path outFile;

    @Override
    public Integer call() throws Exception {
        OutputGuard.check("--out", outFile, "--model", model);
        List<ModelSpec> models = Inputs.models(model);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConsoleProgress progress = ConsoleProgress.forStderr();
        List<ModelSpec> measured = new ArrayList<>();
        Map<String, String> facts = Map.of();
        int failed = 0;
        try (MeasurementSource source = device.open()) {
            if (!json) out.printf("%-28s %12s %11s %6s%n", "model", "median ms", "spread ms", "runs");
            for (int i = 0; i < models.size(); i++) {
                ModelSpec m = models.get(i);
                progress.progress(i, models.size(), "measuring " + m.name() + " on " + source.id());
                Measurement r;
                try {
                    r = source.measureModel(m, progress).join();
                } catch (CompletionException | CancellationException e) {
                    progress.finish();
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    err.println("evolp: " + m.name() + ": " + EvolpCli.describe(cause));
                    err.flush();
                    failed++;
                    continue;
                }
                progress.finish();
                RunDetails d = r.details();
                if (d != null && !d.facts().isEmpty()) facts = d.facts();
                if (json) {
                    java.util.Map<String, Object> o = new java.util.LinkedHashMap<>();
                    o.put("name", m.name());
                    if (m.arch() != null) { // names of random-width variants repeat; the widths tell them apart
                        o.put("arch", m.arch());
                        if (m.widths() != null) o.put("widths", m.widths());
                    }
                    JsonOutput.putMeasurement(o, r);
                    out.println(JsonOut.line(o));
                } else {
                    out.printf(java.util.Locale.ROOT, "%-28s %12.3f %11.3f %6d%n", m.name(), r.medianMs(), r.spreadMs(), r.count());
                }
                out.flush();
                measured.add(m.withLatency(r.medianMs()));
                if (outFile != null) ModelJson.writeLines(measured, outFile);
            }
        } finally {
            progress.finish();
        }
        if (!json) {
            MeasureCommand.printFacts(out, facts);
            if (outFile != null) out.printf("Wrote %d measured model(s) to %s%n", measured.size(), outFile);
        }
        if (failed > 0) err.printf("evolp: %d of %d model(s) could not be measured%n", failed, models.size());
        return failed == 0 ? 0 : 1;
    }
}
