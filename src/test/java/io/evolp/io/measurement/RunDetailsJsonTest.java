package io.evolp.io.measurement;

import io.evolp.io.Json;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class RunDetailsJsonTest {

    @Test
    void detailsAsSessionsStoredThemLoad() throws Exception {
        RunDetailsRecord r = RunDetailsJson.read(Json.mapper().readTree("{\"min_ms\":1,\"q1_ms\":1.25,\"q3_ms\":1.75,\"max_ms\":2,"
                + "\"round_medians_ms\":[1.4,1.6],\"facts\":{\"ort_version\":\"1.28.0\",\"intra_op_threads\":\"1\"}}"));
        assertEquals(1.25, r.q1Ms());
        assertEquals(List.of(1.4, 1.6), r.roundMediansMs());
        assertEquals(List.of("ort_version", "intra_op_threads"), List.copyOf(r.facts().keySet()), "the source's order");
    }

    @Test
    void detailsRoundTripInTheirFieldOrder() throws Exception {
        RunDetailsRecord r = new RunDetailsRecord(1, 2, 3, 4, List.of(2.5), Map.of("os", "Linux"));
        assertEquals("{\"min_ms\":1.0,\"q1_ms\":2.0,\"q3_ms\":3.0,\"max_ms\":4.0,\"round_medians_ms\":[2.5],\"facts\":{\"os\":\"Linux\"}}",
                RunDetailsJson.write(r).toString());
        assertEquals(r, RunDetailsJson.read(RunDetailsJson.write(r)));
    }

    @Test
    void missingOrMalformedDetails() throws Exception {
        assertNull(RunDetailsJson.read(null));
        assertNull(RunDetailsJson.read(Json.mapper().readTree("null")));
        assertEquals("measurement details must be an object",
                assertThrows(IllegalArgumentException.class, () -> RunDetailsJson.read(Json.mapper().readTree("[1]"))).getMessage());
        assertEquals("measurement details need a number 'q3_ms'", assertThrows(IllegalArgumentException.class,
                () -> RunDetailsJson.read(Json.mapper().readTree("{\"min_ms\":1,\"q1_ms\":1,\"q3_ms\":\"x\",\"max_ms\":2}"))).getMessage());
    }
}
