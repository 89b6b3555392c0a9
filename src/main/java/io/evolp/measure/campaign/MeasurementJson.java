package io.evolp.measure.campaign;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.io.Json;
import io.evolp.measure.Measurement;
import io.evolp.measure.RunDetails;

import java.util.Map;

/**
 * Every field of a {@link Measurement} as JSON, the same in the campaign sidecar and in
 * {@code evolp measure-model --json}: {@code latency_ms} (median), {@code spread_ms} (range),
 * {@code count}, {@code timestamp}, {@code source}, {@code simulated}, {@code note}, and when the
 * source gave details {@code min_ms}, {@code q1_ms}, {@code q3_ms}, {@code max_ms}, {@code iqr_ms},
 * {@code round_medians_ms} and {@code facts}.
 */
public final class MeasurementJson {

    private MeasurementJson() {
    }

    public static ObjectNode of(Measurement m) {
        ObjectNode n = Json.mapper().createObjectNode();
        put(n, m);
        return n;
    }

    /** Adds the measurement's fields to {@code n}. */
    public static void put(ObjectNode n, Measurement m) {
        n.put("latency_ms", m.medianMs()).put("spread_ms", m.spreadMs()).put("count", m.count())
                .put("timestamp", m.timestamp().toString()).put("source", m.source()).put("simulated", m.simulated())
                .put("note", m.note());
        RunDetails d = m.details();
        if (d == null) return;
        n.put("min_ms", d.minMs()).put("q1_ms", d.q1Ms()).put("q3_ms", d.q3Ms()).put("max_ms", d.maxMs())
                .put("iqr_ms", d.iqrMs());
        ArrayNode rounds = n.putArray("round_medians_ms");
        d.roundMediansMs().forEach(rounds::add);
        n.set("facts", facts(d.facts()));
    }

    public static ObjectNode facts(Map<String, String> facts) {
        ObjectNode f = Json.mapper().createObjectNode();
        facts.forEach(f::put);
        return f;
    }
}
