package io.evolp.cli;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.ModelPrediction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code evolp predict}: whole-model latency as the sum of layer predictions. */
@Command(name = "predict", description = "Predict whole-model latency (sum of layer predictions) for a model "
        + "JSON, a JSON-lines file of models, or a built-in architecture.")
final class PredictCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--predictor", required = true, paramLabel = "P.json")
    Path predictorFile;

    @Option(names = "--model", required = true, paramLabel = "M.json",
            description = "Model JSON or JSON lines (one result per line, in order), or vgg16/resnet50/mobilenetv1/inceptionv3.")
    Path model;

    @Option(names = "--json", description = "One JSON object per model: {\"latency_ms\":…, \"layers\":[…], \"unseen_keys\":[…]}.")
    boolean json;

    @Option(names = "--layers", description = "Text output: also list every layer's prediction.")
    boolean layers;

    @Override
    public Integer call() throws Exception {
        LatencyPredictor p = Inputs.predictor(predictorFile);
        List<ModelSpec> models = Inputs.models(model);
        PrintWriter out = spec.commandLine().getOut();
        for (ModelSpec m : models) {
            ModelPrediction pr = p.predictModel(m);
            if (json) {
                out.println(JsonOutput.prediction(pr));
            } else {
                printText(out, p, m, pr);
            }
        }
        return 0;
    }

    private void printText(PrintWriter out, LatencyPredictor p, ModelSpec m, ModelPrediction pr) {
        out.printf("%s: %.3f ms predicted by %s for '%s' (%d conv layers, %.2f GMAC)%s%n", m.name(), pr.latencyMs(),
                p.kind(), p.device(), m.convs().size(), m.macs() / 1e9,
                m.latencyMs() != null ? String.format("; measured %.3f ms", m.latencyMs()) : "");
        if (!pr.unseenKeys().isEmpty()) {
            out.println("  warning: no training data for keys " + pr.unseenKeys() + " (extrapolated)");
        }
        if (layers) {
            for (int i = 0; i < m.convs().size(); i++) {
                LayerConfig c = m.convs().get(i);
                out.printf("  %3d  %-28s cin %5d cout %5d  %10.4f ms%n", i, c.key().label(), c.cin(), c.cout(), pr.layersMs()[i]);
            }
        }
    }
}
