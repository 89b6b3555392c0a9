package io.evolp.measure.local;

import io.evolp.core.LayerConfig;
import io.evolp.io.Json;
import io.evolp.io.wire.WireJson;
import io.evolp.io.worker.WorkerWire;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class WorkerWireMapperTest {

    static final RuntimeFacts FACTS = new RuntimeFacts("1.28.0", "ALL", 1, 1, "AMD EPYC", "OpenJDK 17", "Linux");
    static final LocalMeasurement M = new LocalMeasurement(1.5, 1.25, 1.75, 1.0, 2.0, 60, new double[]{1.4, 1.6}, 9.0, 2, FACTS);

    @Test
    void aMeasurementIsWrittenAsTheRecordWasBeforeTheDtos() throws Exception {
        // before issue 12 the worker wrote LocalMeasurement itself through Jackson: same fields, same values
        assertEquals(Json.mapper().valueToTree(M), Json.mapper().readTree(WireJson.write(WorkerWireMapper.measurement(M))));
    }

    @Test
    void measurementsAndFactsRoundTrip() {
        LocalMeasurement back = WorkerWireMapper.measurement(WorkerWireMapper.measurement(M));
        assertEquals(M.medianMs(), back.medianMs());
        assertArrayEquals(M.roundMediansMs(), back.roundMediansMs());
        assertEquals(M.divisor(), back.divisor());
        assertEquals(FACTS, back.facts());
        assertNull(WorkerWireMapper.facts((WorkerWire.Facts) null));
        assertThrows(IllegalArgumentException.class, () -> WorkerWireMapper.measurement((WorkerWire.Measurement) null));
    }

    @Test
    void layersAndSettingsRoundTrip() {
        LayerConfig c = new LayerConfig(17, 64, 96, 1, 7, 1, 2, 0, 3, true, 1);
        assertEquals(c, WorkerWireMapper.layer(WorkerWireMapper.layer(c)));
        LocalSettings s = new LocalSettings(3, LocalSettings.OptLevel.NONE, 2, 7, 4, 9, 42);
        assertEquals(s, WorkerWireMapper.settings(WorkerWireMapper.settings(s)));
        assertEquals(LocalSettings.defaults(), WorkerWireMapper.settings((WorkerWire.Settings) null));
        assertEquals(LocalSettings.OptLevel.BASIC,
                WorkerWireMapper.settings(new WorkerWire.Settings(null, "basic", null, null, null, null, null)).optLevel());
    }

    @Test
    void whatOnlyTheDomainKnowsIsRefusedByTheMapper() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkerWireMapper.layer(new WorkerWire.Layer(8, 6, 4, 3, 3, 1, 1, 1, 1, false, 4)));
        assertTrue(e.getMessage().startsWith("impossible layer: groups (4) must divide"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> WorkerWireMapper.settings(new WorkerWire.Settings(null, "TURBO", null, null, null, null, null)));
        assertTrue(e.getMessage().contains("unknown optimisation level 'TURBO'"), e.getMessage());
    }
}
