package io.evolp.io.measurement;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class RawSidecarRecordsTest {

    @Test
    void linesOfOldSidecarsArePeekedAt() {
        RawSidecarRecords.Peek start = RawSidecarRecords.Peek.of("{\"type\":\"start\",\"time\":\"2026-11-26T14:13:00Z\","
                + "\"source\":\"local\",\"description\":\"this machine, 3 rounds\",\"simulated\":false,\"device\":\"pc\","
                + "\"plan_rows\":10,\"already_done\":0,\"pending\":10}");
        assertTrue(start.isStart());
        assertEquals("this machine, 3 rounds", start.description());
        assertNull(start.factsAsText());
        RawSidecarRecords.Peek row = RawSidecarRecords.Peek.of("{\"type\":\"row\",\"time\":\"t\",\"row\":4,\"plan_index\":9,"
                + "\"layer\":{\"input_size\":8},\"latency_ms\":1.5,\"facts\":{\"ort_version\":\"1.28.0\",\"intra_op_threads\":1}}");
        assertTrue(row.isRow());
        assertEquals(4, row.rowIndex());
        assertEquals(Map.of("ort_version", "1.28.0", "intra_op_threads", "1"), row.factsAsText(), "values as text whatever their type");
        assertEquals(-1, RawSidecarRecords.Peek.of("{\"type\":\"device_lost\",\"plan_index\":1}").rowIndex());
        assertEquals("", RawSidecarRecords.Peek.of("{\"type\":\"start\"}").description());
    }

    @Test
    void tornAndForeignLinesAreNoRecords() {
        assertNull(RawSidecarRecords.Peek.of("{\"type\":\"row\",\"row\":4,\"latency_m"), "a partial last line of a killed run");
        assertNull(RawSidecarRecords.Peek.of("[1,2]"));
        assertNull(RawSidecarRecords.Peek.of("null"));
        assertNull(RawSidecarRecords.Peek.of("garbage"));
    }

    @Test
    void aStartRecordHasItsOrder() {
        assertEquals("{\"type\":\"start\",\"time\":\"t\",\"source\":\"local\",\"description\":\"d\",\"simulated\":false,"
                        + "\"device\":\"pc\",\"plan_rows\":10,\"already_done\":2,\"pending\":8}",
                io.evolp.io.wire.WireJson.write(new RawSidecarRecords.Start("t", "local", "d", false, "pc", 10, 2, 8)));
    }
}
