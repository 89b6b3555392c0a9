package io.evolp.cli;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerDataset;
import io.evolp.io.JsonOut;
import io.evolp.predict.AutoPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.eval.EvaluationReport;
import io.evolp.workflow.TrainEvaluate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code evolp validate}: trains and tests predictor kinds on one seeded split of a dataset —
 * a holdout fraction or k folds — so that several kinds are compared on exactly the same rows.
 */
@Command(name = "validate", description = "Compare predictor kinds on the same seeded train/test split "
        + "(holdout fraction or k-fold cross-validation).")
final class ValidateCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin DataOptions input;

    @Mixin BreakdownOption breakdown;

    @Option(names = "--predictor", required = true, split = ",", paramLabel = "KIND[,KIND…]",
            description = "One or more of: auto, evolp, gbt, gp, hybrid, forest, lut, flops.")
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

    @Mixin CurveOptions curve;

    @Override
    public Integer call() throws Exception {
        if (curve.sizes != null) {
            return curve.run(input, kinds, holdout, seed, json, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
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
        TrainEvaluate.Request request = folds != null ? TrainEvaluate.Request.crossValidation(data, kinds, folds, seed)
                : TrainEvaluate.Request.holdout(data, kinds, holdout, seed);
        TrainEvaluate.untestable(request).ifPresent(why -> {
            // before any output: a script must not take NaN metrics and exit 0 for success
            throw new InvalidInputException(new InputProblem(input.data.toString(), 0, 0, null, why));
        });
        PrintWriter out = spec.commandLine().getOut();
        MetricsTable table = new MetricsTable(out);
        if (!json) {
            out.printf("%s on %d rows of '%s', seed %d%n", folds != null ? folds + "-fold cross-validation"
                    : String.format("holdout %.0f%%", holdout * 100), data.size(), data.device(), seed);
            table.header("predictor");
        }
        List<String> autoNotes = new ArrayList<>();
        for (String kind : kinds) {
            TrainEvaluate.Trained trained = evaluate(request, kind);
            EvaluationReport r = trained.report();
            List<AutoPredictor> autos = trained.autos();
            breakdown.collect(r, data, input.data);
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
        breakdown.print(out, json);
        if (!autoNotes.isEmpty()) {
            out.println();
            out.println("auto, trained on each training split only:");
            autoNotes.forEach(out::print);
        }
        return 0;
    }

    /** Trains on each training split only (auto predictors trained on the way come back in fold order). */
    private static TrainEvaluate.Trained evaluate(TrainEvaluate.Request request, String kind) throws Exception {
        return ConsoleJobs.run("validate " + kind, pm -> TrainEvaluate.one(request, kind, pm));
    }
}
