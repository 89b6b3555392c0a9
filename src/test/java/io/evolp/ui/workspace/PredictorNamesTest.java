package io.evolp.ui.workspace;

import org.junit.jupiter.api.Test;

import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PredictorNamesTest {

    @Test
    void kindDatasetAndTimeToTheMinute() {
        assertEquals("lut · vgg16-simulated-tx2 · 09:05", PredictorNames.of("lut", "vgg16-simulated-tx2", LocalTime.of(9, 5, 59)));
        assertEquals("auto → forest · d · 23:00", PredictorNames.of("auto → forest", "d", LocalTime.of(23, 0)));
    }
}
