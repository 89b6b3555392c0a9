package io.evolp.cli;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerDataset;
import io.evolp.io.JsonOut;
import io.evolp.predict.AutoPredictor;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.predict.eval.EvaluationReport;
import io.evolp.predict.eval.Evaluator;
import io.evolp.predict.eval.Split;
import io.evolp.predict.eval.Splits;
import io.evolp.task.ConsoleProgress;
import io.evolp.task.ProgressMonitor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code evolp validate}: trains and tests predictor kinds on one seeded split of a dataset —
 * a holdout fraction or k folds — so that several kinds are compared on exactly the same rows.
 */
@Command(name = "validate", description = "Compare predictor kinds on the same seeded train/test split "
        + "(holdout fraction or k-fold cross-validation).")
final class ValidateCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin DataOptions input;

    @Option(names = "--predictor", required = true, split = ",", paramLabel = "KIND[,KIND…]",
            description = "One or more of: auto, evolp, gbt, hybrid, forest, lut, flops.")
    List<String> kinds;

    @Option(names = "--holdout", defaultValue = "0.2", paramLabel = "FRACTION",
            description = "Test fraction, stratified per configuration key (default ${DEFAULT-VALUE}).")
    double holdout;

    @Option(names = "--folds", paramLabel = "K", description = "k-fold cross-validation instead of a holdout.")
    Integer folds;

    @Option(names = "--seed", defaultValue = "1", description = "Split and training seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", description = "One JSON object per predictor kind, one per line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (folds == null && !(holdout > 0 && holdout < 1)) {
            throw new IllegalArgumentException("--holdout must lie strictly between 0 and 1, was " + holdout);
        }
        if (folds != null && folds < 2) throw new IllegalArgumentException("--folds must be at least 2, was " + folds);
        for (String k : kinds) {
            if (!Predictors.kinds().contains(k)) {
                throw new IllegalArgumentException("unknown predictor '" + k + "'; choose from " + Predictors.kinds());
            }
        }
        LayerDataset data = Inputs.dataset(input.data, input.device, input.skipBadRows, spec.commandLine().getErr());
        checkTestable(data);
        PrintWriter out = spec.commandLine().getOut();
        MetricsTable table = new MetricsTable(out);
        if (!json) {
            out.printf("%s on %d rows of '%s', seed %d%n", folds != null ? folds + "-fold cross-validation"
                    : String.format("holdout %.0f%%", holdout * 100), data.size(), data.device(), seed);
            table.header("predictor");
        }
        List<String> autoNotes = new ArrayList<>();
        for (String kind : kinds) {
            List<AutoPredictor> autos = Collections.synchronizedList(new ArrayList<>());
            EvaluationReport r = evaluate(kind, data, autos);
            if (json) {
                var o = JsonOutput.metricsMap(r.overall());
                o.put("predictor", kind);
                if (!autos.isEmpty()) o.put("auto_choices", autos.stream().map(AutoPredictor::chosenCandidate).toList());
                out.println(JsonOut.line(o));
            } else {
                table.row(kind, r.overall());
                for (int i = 0; i < autos.size(); i++) {
                    autoNotes.add((autos.size() > 1 ? "fold " + (i + 1) + ": " : "") + autos.get(i).describe());
                }
            }
            out.flush();
        }
        if (!autoNotes.isEmpty()) {
            out.println();
            out.println("auto, trained on each training split only:");
            autoNotes.forEach(out::print);
        }
        return 0;
    }

    /**
     * Refuses a split that leaves nothing to train on or nothing to test, before any output: one row
     * used to print NaN metrics and exit 0, which a script takes for success.
     */
    private void checkTestable(LayerDataset data) {
        String file = input.data.toString();
        if (folds != null) {
            if (folds > data.size()) {
                throw new InvalidInputException(new InputProblem(file, 0, 0, null, data.size() + " valid row(s) cannot be split"
                        + " into " + folds + " folds; use --folds " + Math.max(2, data.size()) + " or fewer, or more data"));
            }
            return;
        }
        Split split = Splits.holdout(data, holdout, seed);
        if (split.test().length == 0 || split.train().length == 0) {
            throw new InvalidInputException(new InputProblem(file, 0, 0, null, "nothing to test: a holdout of "
                    + Math.round(holdout * 100) + "% of " + data.size() + " valid row(s) leaves " + split.train().length
                    + " to train on and " + split.test().length + " to test; validation needs more rows"));
        }
    }

    /** Trains on each training split only; auto predictors trained on the way are added to {@code autos}, in fold order. */
    private EvaluationReport evaluate(String kind, LayerDataset data, List<AutoPredictor> autos) {
        ConsoleProgress progress = ConsoleProgress.forStderr();
        TrainOptions opts = TrainOptions.defaults().withSeed(seed);
        Function<LayerDataset, LatencyPredictor> trainer = d -> {
            LatencyPredictor p = Predictors.train(kind, d, opts, ProgressMonitor.NONE);
            if (p instanceof AutoPredictor a) autos.add(a);
            return p;
        };
        try {
            if (folds != null) return Evaluator.crossValidate(trainer, data, folds, seed, progress);
            Split split = Splits.holdout(data, holdout, seed);
            LatencyPredictor p = trainer.apply(data.subset(split.train()));
            return Evaluator.evaluate(p, data, split.test());
        } finally {
            progress.finish();
        }
    }
}
