package io.evolp.measure.campaign;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.core.LayerConfig;
import io.evolp.io.Json;
import io.evolp.io.LayerJson;
import io.evolp.measure.Measurement;
import io.evolp.measure.MeasurementSource;

import java.time.Instant;

/** The JSON objects of the raw sidecar (see {@link RawSidecar}); field names follow the worker protocol. */
final class RawRecords {

    private RawRecords() {
    }

    static ObjectNode start(Instant at, MeasurementSource source, String device, int planRows, int alreadyDone, int pending) {
        ObjectNode n = record("start", at);
        n.put("source", source.id()).put("description", source.description()).put("simulated", source.simulated())
                .put("device", device).put("plan_rows", planRows).put("already_done", alreadyDone).put("pending", pending);
        return n;
    }

    /** A measured row: CSV row index, plan index, the layer and every field of the measurement. */
    static ObjectNode row(int csvRow, int planIndex, LayerConfig layer, Measurement m, double wallMs, int lostEpisodes) {
        ObjectNode n = record("row", m.timestamp());
        n.put("row", csvRow).put("plan_index", planIndex);
        n.set("layer", layer(layer));
        MeasurementJson.put(n, m);
        n.put("wall_ms", wallMs).put("device_lost_retries", lostEpisodes);
        return n;
    }

    static ObjectNode failed(Instant at, int planIndex, LayerConfig layer, String message) {
        ObjectNode n = record("failed", at);
        n.put("plan_index", planIndex);
        n.set("layer", layer(layer));
        n.put("error", message);
        return n;
    }

    static ObjectNode deviceLost(Instant at, int planIndex, String message) {
        return record("device_lost", at).put("plan_index", planIndex).put("error", message);
    }

    static ObjectNode reconnected(Instant at, int planIndex, double waitedS) {
        return record("reconnected", at).put("plan_index", planIndex).put("waited_s", waitedS);
    }

    static ObjectNode layer(LayerConfig c) {
        return LayerJson.flat(c);
    }

    private static ObjectNode record(String type, Instant at) {
        return Json.mapper().createObjectNode().put("type", type).put("time", at.toString());
    }
}
