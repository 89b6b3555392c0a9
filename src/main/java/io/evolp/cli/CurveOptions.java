package io.evolp.cli;

import io.evolp.core.LayerDataset;
import io.evolp.io.JsonOut;
import io.evolp.predict.curve.LearningCurve;
import io.evolp.workflow.LearningCurves;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code validate --learning-curve}: accuracy against training rows, optionally transferred and actively sampled. */
final class CurveOptions {

    @Option(names = "--learning-curve", split = ",", paramLabel = "N[,N…]",
            description = "Learning curve: train on N rows (or 'all') drawn from the training part, test on the fixed "
                    + "held-out part (--holdout), over --seeds repetitions; median and range of ±10 %% accuracy.")
    List<String> sizes;

    @Option(names = "--seeds", defaultValue = "5", paramLabel = "K", description = "Learning-curve repetitions (default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--base", paramLabel = "SOURCE.json|SOURCE.csv",
            description = "Learning curve: the source device for kind 'transfer' and for --active.")
    Path base;

    @Option(names = "--active", description = "Learning curve: rows in the order an active campaign would measure them.")
    boolean active;

    int run(DataOptions input, List<String> kinds, double holdout, long seed, boolean json, PrintWriter out, PrintWriter err)
            throws Exception {
        if (!(holdout > 0 && holdout < 1)) throw new IllegalArgumentException("--holdout must lie strictly between 0 and 1, was " + holdout);
        List<Integer> n;
        try {
            n = LearningCurves.parseSizes(String.join(",", sizes));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace("sizes are", "--learning-curve takes"));
        }
        LayerDataset data = Inputs.dataset(input.data, input.device, input.skipBadRows, err);
        LearningCurves.Source src = base == null ? null
                : base.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? LearningCurves.Source.ofDataset(Inputs.dataset(base, null, false, err), base.getFileName().toString())
                : LearningCurves.Source.ofPredictor(Inputs.predictor(base), base.getFileName().toString());
        LearningCurves.Request r = new LearningCurves.Request(data, kinds, n, seeds, holdout, seed, src, active);
        List<LearningCurve.Point> points = ConsoleJobs.run("learning curve", pm -> LearningCurves.run(r, pm)).points();
        if (!json) {
            out.printf("learning curve on '%s' (%d rows), held-out %.0f %% (seed %d), %d repetitions, %s rows%s%n",
                    data.device(), data.size(), holdout * 100, seed, seeds, active ? "actively chosen" : "random",
                    src == null ? "" : ", source " + src.name());
            out.printf("%-10s %6s %10s %17s %10s%n", "predictor", "rows", "±10% med", "±10% min–max", "MAPE med");
        }
        for (LearningCurve.Point p : points) {
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("predictor", p.kind());
                o.put("rows", p.rows());
                o.put("test_rows", p.testRows());
                o.put("sampling", active ? "active" : "random");
                o.put("acc10_median", p.medianAcc10());
                o.put("acc10_min", p.minAcc10());
                o.put("acc10_max", p.maxAcc10());
                o.put("mape_median", p.medianMape());
                o.put("acc10_runs", p.runs().stream().map(m -> m.acc10()).toList());
                out.println(JsonOut.line(o));
            } else {
                out.printf(Locale.ROOT, "%-10s %6d %9.1f%% %8.1f–%5.1f%% %9.1f%%%n", p.kind(), p.rows(), p.medianAcc10(),
                        p.minAcc10(), p.maxAcc10(), p.medianMape());
            }
        }
        out.flush();
        return 0;
    }
}
