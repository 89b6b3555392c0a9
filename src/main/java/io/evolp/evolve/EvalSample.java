package io.evolp.evolve;

import io.evolp.core.ModelSpec;
import io.evolp.predict.LatencyPredictor;

import java.util.ArrayList;
import java.util.List;

/**
 * One measured whole model as {@link EvolutionEval} needs it: its family, the layer-sum prediction
 * of the base predictor, the measured latency and the measurement's sd (NaN = unknown).
 */
public record EvalSample(String family, double rawMs, double measuredMs, double noiseSdMs) {

    public EvalSample {
        if (!(rawMs > 0) || !(measuredMs > 0) || !Double.isFinite(rawMs) || !Double.isFinite(measuredMs)) {
            throw new IllegalArgumentException("a sample needs finite raw > 0 and measured > 0, was ("
                    + rawMs + ", " + measuredMs + ")");
        }
    }

    /**
     * Samples of models carrying {@code latency_ms}, predicted by {@code base} once each.
     *
     * @param noiseSdMs one sd per model (NaN = unknown), or null when none is known
     * @throws IllegalArgumentException naming the model (1-based) that has no measurement
     */
    public static List<EvalSample> of(LatencyPredictor base, List<ModelSpec> models, double[] noiseSdMs) {
        List<EvalSample> out = new ArrayList<>(models.size());
        for (int i = 0; i < models.size(); i++) {
            ModelSpec m = models.get(i);
            if (m.latencyMs() == null) {
                throw new IllegalArgumentException("model " + (i + 1) + " (" + m.name() + ") has no latency_ms measurement");
            }
            double sd = noiseSdMs == null ? Double.NaN : noiseSdMs[i];
            out.add(new EvalSample(m.family(), base.predictModel(m).latencyMs(), m.latencyMs(), sd));
        }
        return out;
    }
}
