package io.evolp.io.wire;

import io.evolp.io.measurement.MeasurementRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class WireJsonTest {

    @Test
    void aRecordIsOneLineAndReadsBack() {
        MeasurementRecord r = new MeasurementRecord(1.5, 0.5, 3, "2026-11-26T14:13:00Z", "local", false, "a\nb",
                1.0, 1.25, 1.75, 2.0, 0.5, List.of(1.5), Map.of("os", "Linux"));
        String line = WireJson.write(r);
        assertFalse(line.contains("\n"), "JSON lines: a newline in a value is escaped: " + line);
        assertEquals(r, WireJson.readOrNull(line, MeasurementRecord.class));
    }

    @Test
    void whatIsNotOfTheShapeReadsAsNull() {
        assertNull(WireJson.readOrNull("{\"latency_ms\":", MeasurementRecord.class), "cut off");
        assertNull(WireJson.readOrNull("{\"latency_ms\":[1]}", MeasurementRecord.class), "wrong type");
        assertNull(WireJson.readOrNull("", MeasurementRecord.class));
    }
}
