package io.evolp.cli;

import io.evolp.core.ModelSpec;
import io.evolp.evolve.Correction;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.evolve.EvolvingPredictorJson;
import io.evolp.evolve.EvolvingPredictors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code evolp evolve}: fits the whole-model correction of a predictor to recorded measurements. */
@Command(name = "evolve", description = "Evolve a predictor from whole-model measurements (JSON lines with "
        + "latency_ms): fits the per-family correction measured ≈ f(sum of layer predictions).")
final class EvolveCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--predictor", required = true, paramLabel = "P.json",
            description = "A trained predictor, or an evolved one to evolve further.")
    Path predictorFile;

    @Option(names = "--measured", required = true, paramLabel = "M.jsonl",
            description = "Models with latency_ms, one per line.")
    Path measured;

    @Option(names = "--correction", paramLabel = "KIND",
            description = "shrink (per-family scale shrunk towards measured = predicted; the default), linear "
                    + "(the EvoLP paper's least-squares line), robust (Huber on a sliding window) or bayes "
                    + "(Bayesian linear regression). Default: the evolved predictor's own, else shrink.")
    String correction;

    @Option(names = "--out", required = true, paramLabel = "P2.json")
    Path out;

    @Override
    public Integer call() throws Exception {
        OutputGuard.check("--out", out, "--predictor", predictorFile, "--measured", measured);
        EvolvingPredictor p = Inputs.evolvingPredictor(predictorFile, correction);
        List<ModelSpec> models = Inputs.models(measured);
        p = EvolvingPredictors.withRecorded(p, models, measured.toString());
        EvolvingPredictorJson.save(p, out);

        PrintWriter pw = spec.commandLine().getOut();
        pw.printf("Evolved %s predictor of '%s' with %d measurements (%d in total), %s correction -> %s%n",
                p.base().kind(), p.base().device(), models.size(), p.history().size(), p.corrections().kind(), out);
        for (Map.Entry<String, Correction> e : p.corrections().families().entrySet()) {
            pw.printf("  %-14s %s%s%n", e.getKey(), parameters(e.getValue()),
                    p.corrections().usesFamily(e.getKey()) ? "" : "  (too few points: uses the pooled fit)");
        }
        pw.printf("  %-14s %s%n", "(pooled)", parameters(p.corrections().pooled()));
        return 0;
    }

    static String parameters(Correction c) {
        StringBuilder sb = new StringBuilder();
        c.parameters().forEach((k, v) -> sb.append(k).append('=').append(String.format("%.4g", v)).append(' '));
        return sb.append("(").append(c.size()).append(" points)").toString();
    }
}
