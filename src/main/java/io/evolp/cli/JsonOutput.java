package io.evolp.cli;

import io.evolp.io.JsonOut;
import io.evolp.measure.Measurement;
import io.evolp.measure.campaign.MeasurementRecords;
import io.evolp.predict.ModelPrediction;
import io.evolp.predict.eval.Metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable objects the commands print with {@code --json} (one object per line), as
 * ordered maps written by {@link JsonOut}: the command line never touches the JSON library.
 */
final class JsonOutput {

    private JsonOutput() {
    }

    static String metrics(Metrics m) {
        return JsonOut.line(metricsMap(m));
    }

    /** JSON has no NaN: an undefined metric (e.g. Spearman of one point) is written as null. */
    static Map<String, Object> metricsMap(Metrics m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("n", m.n());
        o.put("rmse_ms", JsonOut.number(m.rmseMs()));
        o.put("mape", JsonOut.number(m.mape()));
        o.put("acc5", JsonOut.number(m.acc5()));
        o.put("acc10", JsonOut.number(m.acc10()));
        o.put("spearman", JsonOut.number(m.spearman()));
        o.put("worst", JsonOut.number(m.worst()));
        return o;
    }

    static String prediction(ModelPrediction p) {
        return JsonOut.line(predictionMap(p));
    }

    private static Map<String, Object> predictionMap(ModelPrediction p) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("latency_ms", p.latencyMs());
        o.put("layers", p.layersMs());
        o.put("unseen_keys", p.unseenKeys());
        return o;
    }

    /** Evolved predictor: latency_ms is the corrected prediction; raw_ms the plain layer sum. */
    static String prediction(io.evolp.evolve.CorrectedPrediction cp) {
        Map<String, Object> o = predictionMap(cp.raw());
        o.put("latency_ms", cp.correctedMs());
        o.put("raw_ms", cp.rawMs());
        o.put("band_ms", List.of(cp.band().low(), cp.band().high()));
        return JsonOut.line(o);
    }

    /**
     * A measurement's fields exactly as the campaign sidecar writes them: one record,
     * {@code measure.campaign.MeasurementRecords}, behind both.
     */
    static void putMeasurement(Map<String, Object> o, Measurement m) {
        o.putAll(JsonOut.fields(MeasurementRecords.of(m)));
    }
}
