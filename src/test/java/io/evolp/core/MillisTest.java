package io.evolp.core;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MillisTest {

    @Test
    void aboutFourSignificantDigitsAtEveryScale() {
        assertEquals("0.9111", Millis.format(0.9110689942539357));
        assertEquals("0.0005", Millis.format(0.00049999999));
        assertEquals("12.346", Millis.format(12.3456));
        assertEquals("1.000", Millis.format(1.0));
        assertEquals("43.600", Millis.format(43.6));
        assertEquals("1234.6", Millis.format(1234.56));
        assertEquals("0.0000", Millis.format(0));
    }

    @Test
    void signsNaNAndHugeValuesAreSaidPlainly() {
        assertEquals("-0.2500", Millis.format(-0.25));
        assertEquals("0.0000", Millis.format(-0.00001), "no minus sign on a value that rounds to zero");
        assertEquals("n/a", Millis.format(Double.NaN));
        assertEquals("Infinity", Millis.format(Double.POSITIVE_INFINITY));
        assertEquals("1.0E12", Millis.format(1e12));
    }

    @Test
    void agreesWithStringFormatOnRandomLatencies() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 10_000; i++) {
            double v = Math.pow(10, rnd.nextDouble(-3, 4));
            String want = String.format(Locale.ROOT, v >= 100 ? "%.1f" : v >= 1 ? "%.3f" : "%.4f", v);
            String got = Millis.format(v);
            // Both round the same decimal digit; they may differ only on an exact binary tie.
            assertEquals(want.length(), got.length(), v + ": " + want + " vs " + got);
            double ulp = v >= 100 ? 0.1 : v >= 1 ? 0.001 : 0.0001;
            assertEquals(Double.parseDouble(want), Double.parseDouble(got), ulp * 1.01, v + "");
        }
    }
}
