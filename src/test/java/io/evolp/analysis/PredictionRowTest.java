package io.evolp.analysis;

import org.junit.jupiter.api.Test;

import static io.evolp.analysis.Rows.K7;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PredictionRowTest {

    @Test
    void percentErrorIsRelativeToTheMeasurement() {
        assertEquals(25.0, Rows.row("gbt", "a", K7, 4, 0.75, 1.0).absolutePercentError(), 1e-12);
        assertEquals(50.0, Rows.row("gbt", "a", K7, 4, 3.0, 2.0).absolutePercentError(), 1e-12);
    }

    @Test
    void refusesNanPredictionsAndUnusableMeasurements() {
        var nan = assertThrows(IllegalArgumentException.class, () -> Rows.row("gbt", "a", K7, 4, Double.NaN, 1.0));
        assertTrue(nan.getMessage().contains("NaN") && nan.getMessage().contains(K7.label()), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Rows.row("gbt", "a", K7, 4, 1.0, 0.0));
        assertThrows(IllegalArgumentException.class, () -> Rows.row("gbt", "a", K7, 4, 1.0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Rows.row("gbt", "a", K7, 4, 1.0, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Rows.row("gbt", "a", K7, 0, 1.0, 1.0));
    }
}
