package io.evolp.cli;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerDataset;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.eval.EvaluationReport;
import io.evolp.predict.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code evolp evaluate}: accuracy of a trained predictor on a (test) layer dataset. */
@Command(name = "evaluate", description = "Accuracy of a trained predictor on a layer dataset: n, RMSE, MAPE, "
        + "±5%%/±10%% accuracy, Spearman, worst relative error.")
final class EvaluateCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--predictor", required = true, paramLabel = "P.json")
    Path predictorFile;

    @Mixin DataOptions input;

    @Mixin BreakdownOption breakdown;

    @Option(names = "--json", description = "Print exactly one JSON object with the overall metrics.")
    boolean json;

    @Option(names = "--per-key", description = "Also print the metrics of each configuration key (text output).")
    boolean perKey;

    @Override
    public Integer call() throws Exception {
        LatencyPredictor p = Inputs.predictor(predictorFile);
        LayerDataset data = Inputs.dataset(input.data, input.device, input.skipBadRows, spec.commandLine().getErr());
        EvaluationReport report = Evaluator.evaluate(p, data);
        breakdown.collect(report, data, input.data);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonOutput.metrics(report.overall()));
            breakdown.print(out, true);
            return 0;
        }
        if (!p.device().equals(data.device())) {
            spec.commandLine().getErr().printf("evolp: note: predictor trained on '%s', data from '%s'%n",
                    p.device(), data.device());
        }
        MetricsTable table = new MetricsTable(out);
        table.header("scope");
        table.row(p.kind() + " on " + data.device(), report.overall());
        if (perKey) {
            for (Map.Entry<ConfigKey, io.evolp.predict.eval.Metrics> e : report.perKey().entrySet()) {
                table.row(e.getKey().label(), e.getValue());
            }
        }
        breakdown.print(out, false);
        return 0;
    }
}
