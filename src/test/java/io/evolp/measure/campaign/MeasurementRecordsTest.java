package io.evolp.measure.campaign;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.core.LayerConfig;
import io.evolp.io.Json;
import io.evolp.io.wire.WireJson;
import io.evolp.measure.Measurement;
import io.evolp.measure.RunDetails;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The measurement record and the sidecar's row, byte for byte as the Jackson-tree writers made them. */
class MeasurementRecordsTest {

    static final Instant AT = Instant.parse("2026-11-26T14:13:00Z");

    static Measurement detailed() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("ort_version", "1.28.0");
        facts.put("cpu_model", "AMD EPYC");
        return new Measurement(1.5, 0.5, 60, AT, "local", false, "per layer = module / 2",
                new RunDetails(1.0, 1.25, 1.75, 2.0, List.of(1.4, 1.5, 1.6), facts));
    }

    /** What MeasurementJson.put wrote before issue 12 (kept here as the reference). */
    static void oldPut(ObjectNode n, Measurement m) {
        n.put("latency_ms", m.medianMs()).put("spread_ms", m.spreadMs()).put("count", m.count())
                .put("timestamp", m.timestamp().toString()).put("source", m.source()).put("simulated", m.simulated())
                .put("note", m.note());
        RunDetails d = m.details();
        if (d == null) return;
        n.put("min_ms", d.minMs()).put("q1_ms", d.q1Ms()).put("q3_ms", d.q3Ms()).put("max_ms", d.maxMs()).put("iqr_ms", d.iqrMs());
        d.roundMediansMs().forEach(n.putArray("round_medians_ms")::add);
        ObjectNode f = n.putObject("facts");
        d.facts().forEach(f::put);
    }

    @Test
    void aDetailedMeasurementIsWrittenAsBefore() {
        ObjectNode old = Json.mapper().createObjectNode();
        oldPut(old, detailed());
        assertEquals(old.toString(), MeasurementRecords.of(detailed()).toJson());
    }

    @Test
    void aPlainMeasurementHasNoDetailFields() {
        Measurement m = new Measurement(2.0, 0.0, 1, AT, "simulated:tx2", true, "");
        ObjectNode old = Json.mapper().createObjectNode();
        oldPut(old, m);
        assertEquals(old.toString(), MeasurementRecords.of(m).toJson());
        assertFalse(MeasurementRecords.of(m).toJson().contains("min_ms"));
    }

    @Test
    void aSidecarRowIsWrittenAsBefore() {
        LayerConfig c = new LayerConfig(17, 64, 96, 1, 7, 1, 2, 0, 3, true, 1);
        Measurement m = detailed();
        ObjectNode old = Json.mapper().createObjectNode().put("type", "row").put("time", m.timestamp().toString());
        old.put("row", 4).put("plan_index", 9);
        old.putObject("layer").put("input_size", 17).put("cin", 64).put("cout", 96).put("kh", 1).put("kw", 7)
                .put("sh", 1).put("sw", 2).put("ph", 0).put("pw", 3).put("bias", true).put("groups", 1);
        oldPut(old, m);
        old.put("wall_ms", 12.5).put("device_lost_retries", 1);
        assertEquals(old.toString(), WireJson.write(RawRecords.row(4, 9, c, m, 12.5, 1)));
    }

    @Test
    void eventRecordsKeepTheirShapes() {
        assertEquals("{\"type\":\"device_lost\",\"time\":\"2026-11-26T14:13:00Z\",\"plan_index\":3,\"error\":\"gone\"}",
                WireJson.write(RawRecords.deviceLost(AT, 3, "gone")));
        assertEquals("{\"type\":\"reconnected\",\"time\":\"2026-11-26T14:13:00Z\",\"plan_index\":3,\"waited_s\":1.5}",
                WireJson.write(RawRecords.reconnected(AT, 3, 1.5)));
        assertTrue(WireJson.write(RawRecords.failed(AT, 2, LayerConfig.of(8, 4, 4, 3, 1, 1, 1), "no"))
                .matches("\\{\"type\":\"failed\",\"time\":\"[^\"]+\",\"plan_index\":2,\"layer\":\\{\"input_size\":8,.*\"error\":\"no\"}"));
    }
}
