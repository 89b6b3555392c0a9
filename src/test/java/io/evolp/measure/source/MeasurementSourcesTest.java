package io.evolp.measure.source;

import io.evolp.core.ModelSpec;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.Models;
import io.evolp.measure.SimulatedSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasurementSourcesTest {

    @Test
    void parsesSimulatedProfiles() {
        for (String p : List.of("tx2", "nano", "cpu")) {
            try (MeasurementSource s = MeasurementSources.parse("simulated:" + p, 3)) {
                assertInstanceOf(SimulatedSource.class, s);
                assertEquals("simulated:" + p, s.id());
                assertTrue(s.simulated());
            }
        }
    }

    @Test
    void parsesReplayThroughTheGivenLoader() {
        AtomicReference<Path> asked = new AtomicReference<>();
        ModelSpec rec = Models.toy(8, 8).withLatency(2.0);
        try (MeasurementSource s = MeasurementSources.parse("replay:data/runs.jsonl",
                SimulatedSource.Options.defaults(), true, p -> {
                    asked.set(p);
                    return List.of(rec);
                })) {
            assertEquals(Path.of("data/runs.jsonl"), asked.get());
            assertEquals("replay:runs.jsonl", s.id());
            assertEquals(2.0, s.measureModel(Models.toy(8, 8), null).join().medianMs());
        }
    }

    @Test
    void unknownSpecsSayWhatIsAccepted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MeasurementSources.parse("onnx:local", 1));
        assertTrue(e.getMessage().contains("simulated:tx2") && e.getMessage().contains("replay:"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> MeasurementSources.parse("simulated:xavier", 1));
        assertTrue(e.getMessage().contains("tx2, nano, cpu"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MeasurementSources.parse("replay:", 1));
    }
}
