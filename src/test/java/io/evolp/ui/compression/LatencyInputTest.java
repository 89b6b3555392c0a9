package io.evolp.ui.compression;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatencyInputTest {

    @Test
    void acceptsMillisecondsWithOrWithoutUnit() {
        assertEquals(123.4, LatencyInput.parse("123.4"));
        assertEquals(41.7, LatencyInput.parse("  41.7 ms "));
        assertEquals(5.0, LatencyInput.parse("5MS"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", "  ", "0", "-3", "NaN", "Infinity", "1e400", "12,5"})
    void refusesAnythingButAPositiveFiniteNumberAndQuotesTheInput(String typed) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LatencyInput.parse(typed));
        assertTrue(e.getMessage().contains("'" + typed.strip() + "'"), e.getMessage());
    }
}
