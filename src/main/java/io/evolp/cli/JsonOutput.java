package io.evolp.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.io.Json;
import io.evolp.predict.ModelPrediction;
import io.evolp.predict.eval.Metrics;

/** The machine-readable objects the commands print with {@code --json} (one object per line). */
final class JsonOutput {

    private JsonOutput() {
    }

    static String metrics(Metrics m) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("n", m.n());
        putNumber(o, "rmse_ms", m.rmseMs());
        putNumber(o, "mape", m.mape());
        putNumber(o, "acc5", m.acc5());
        putNumber(o, "acc10", m.acc10());
        putNumber(o, "spearman", m.spearman());
        putNumber(o, "worst", m.worst());
        return o.toString();
    }

    static ObjectNode prediction(ModelPrediction p) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("latency_ms", p.latencyMs());
        ArrayNode layers = o.putArray("layers");
        for (double v : p.layersMs()) layers.add(v);
        ArrayNode unseen = o.putArray("unseen_keys");
        p.unseenKeys().forEach(unseen::add);
        return o;
    }

    /** Evolved predictor: latency_ms is the corrected prediction; raw_ms the plain layer sum. */
    static ObjectNode prediction(io.evolp.evolve.CorrectedPrediction cp) {
        ObjectNode o = prediction(cp.raw());
        o.put("latency_ms", cp.correctedMs());
        o.put("raw_ms", cp.rawMs());
        o.putArray("band_ms").add(cp.band().low()).add(cp.band().high());
        return o;
    }

    /** JSON has no NaN: an undefined metric (e.g. Spearman of one point) is written as null. */
    static void putNumber(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) o.put(name, v);
        else o.putNull(name);
    }
}
