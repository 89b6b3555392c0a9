package io.evolp.cli;

import io.evolp.core.ModelSpec;
import io.evolp.evolve.EvalSample;
import io.evolp.evolve.EvalSummary;
import io.evolp.evolve.EvolutionEval;
import io.evolp.evolve.EvolutionEvalJson;
import io.evolp.evolve.EvolvingPredictorJson;
import io.evolp.io.ModelSpreads;
import io.evolp.predict.LatencyPredictor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code evolp evolve-eval}: does evolution help on this device, and from how many measured models? */
@Command(name = "evolve-eval", description = "For k = 0…N measured models per family, fit every correction "
        + "kind (and none, the raw layer sum) to k random models of each family and measure MAPE, ±10%% "
        + "accuracy and 90%% band coverage on the remaining models; median [25th–75th percentile] over "
        + "random draws, identical draws for every kind.")
final class EvolveEvalCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--predictor", required = true, paramLabel = "P.json",
            description = "A trained predictor (of an evolved one only the base is used; its history is ignored).")
    Path predictorFile;

    @Option(names = "--measured", required = true, arity = "1..*", paramLabel = "M.jsonl",
            description = "Models with latency_ms, one per line (several files: all are pooled); "
                    + "`measure-model --json` output as it stands. The measurement's noise: sd_ms or "
                    + "noise_sd_ms, else the larger of iqr_ms (or runs_ms) and the spread of "
                    + "round_medians_ms, else spread_ms over count runs.")
    List<Path> measured;

    @Option(names = "--draws", defaultValue = "20", description = "Random draws (default ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the draws (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-k", defaultValue = "-1", paramLabel = "K",
            description = "Largest number of measured models per family (default: the smallest family's size − 1).")
    int maxK;

    @Option(names = "--corrections", split = ",", paramLabel = "KIND",
            description = "Kinds to compare (default: none and every correction kind).")
    List<String> kinds;

    @Option(names = "--json", description = "Print one JSON object with every result.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Inputs.requireFile(predictorFile);
        LatencyPredictor base = EvolvingPredictorJson.load(predictorFile, null).base();
        List<EvalSample> samples = new ArrayList<>();
        for (Path file : measured) {
            List<ModelSpec> models = Inputs.models(file);
            double[] sds = ModelSpreads.read(file);
            try {
                samples.addAll(EvalSample.of(base, models, sds.length == models.size() ? sds : null));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
            }
        }
        EvolutionEval.Options o = EvolutionEval.Options.defaults().withDraws(draws).withSeed(seed).withMaxK(maxK);
        if (kinds != null && !kinds.isEmpty()) o = new EvolutionEval.Options(draws, seed, maxK, kinds);
        EvolutionEval.Result r = EvolutionEval.run(samples, o, new ConsoleProgress(spec.commandLine().getErr(), json));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(EvolutionEvalJson.toJson(r));
        } else {
            printText(out, r);
        }
        return 0;
    }

    private static void printText(PrintWriter out, EvolutionEval.Result r) {
        out.printf("Held-out accuracy after k measured models per family: %s; %d draws, seed %d%n",
                r.families(), r.draws(), r.seed());
        out.println("median [25th–75th percentile] over the draws, in %; coverage also as the mean over the draws");
        out.printf("%3s  %-8s %-22s %-22s %-22s %s%n", "k", "kind", "MAPE", "±10% accuracy", "90% band coverage", "mean");
        for (int k = 0; k <= r.maxK(); k++) {
            for (String kind : r.kinds()) {
                EvolutionEval.Cell c = r.cell(kind, k);
                out.printf(Locale.ROOT, "%3d  %-8s %-22s %-22s %-22s %s%n", k, kind, fmt(c.mape()), fmt(c.within10()),
                        fmt(c.coverage()), c.coverage().n() == 0 ? "—" : String.format(Locale.ROOT, "%.1f", c.coverage().mean()));
            }
        }
    }

    static String fmt(EvalSummary s) {
        if (s.n() == 0) return "—";
        return String.format(Locale.ROOT, "%.2f [%.2f–%.2f]", s.median(), s.p25(), s.p75());
    }

    /** Progress on stderr, one line per tenth, quiet with --json (stdout stays machine-readable either way). */
    private record ConsoleProgress(PrintWriter err, boolean quiet) implements io.evolp.task.ProgressMonitor {
        @Override public void progress(long done, long total, String message) {
            if (!quiet && total >= 10 && done % Math.max(1, total / 10) == 0) err.printf("evolve-eval: %d%%%n", 100 * done / total);
        }

        @Override public boolean isCancelled() { return false; }
    }
}
