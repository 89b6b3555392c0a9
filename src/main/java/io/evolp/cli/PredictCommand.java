package io.evolp.cli;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.evolve.CorrectedPrediction;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.evolve.EvolvingPredictorJson;
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
        + "JSON, a JSON-lines file of models, or a built-in architecture. With an evolved predictor the "
        + "latency is the corrected one, with raw_ms (the layer sum) and a 90%% band_ms.")
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
        Inputs.requireFile(predictorFile);
        EvolvingPredictorJson.Read read = EvolvingPredictorJson.read(predictorFile);
        List<ModelSpec> models = Inputs.models(model);
        PrintWriter out = spec.commandLine().getOut();
        if (read.isEvolving()) {
            EvolvingPredictor ep = read.evolving();
            for (ModelSpec m : models) {
                CorrectedPrediction cp = ep.predict(m);
                if (json) out.println(JsonOutput.prediction(cp));
                else printText(out, ep.base(), m, cp.raw(), cp);
            }
            return 0;
        }
        LatencyPredictor p = read.plain();
        for (ModelSpec m : models) {
            ModelPrediction pr = p.predictModel(m);
            if (json) {
                out.println(JsonOutput.prediction(pr));
            } else {
                printText(out, p, m, pr, null);
            }
        }
        return 0;
    }

    private void printText(PrintWriter out, LatencyPredictor p, ModelSpec m, ModelPrediction pr, CorrectedPrediction cp) {
        out.printf("%s: %.3f ms predicted by %s for '%s' (%d conv layers, %.2f GMAC)%s%n", m.name(),
                cp != null ? cp.correctedMs() : pr.latencyMs(),
                cp != null ? "evolved " + p.kind() : p.kind(), p.device(), m.convs().size(), m.macs() / 1e9,
                m.latencyMs() != null ? String.format("; measured %.3f ms", m.latencyMs()) : "");
        if (cp != null) {
            out.printf("  90%% band %.3f–%.3f ms; layer sum %.3f ms; %s correction%n", cp.band().low(), cp.band().high(),
                    cp.rawMs(), cp.familyCorrection() ? "'" + cp.family() + "'" : "pooled");
        }
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
