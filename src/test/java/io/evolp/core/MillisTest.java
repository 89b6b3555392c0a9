package io.evolp.core;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MillisTest {

    @Test
    void fourSignificantDigitsAtEveryScale() {
        assertEquals("0.9111", Millis.format(0.9110689942539357));
        assertEquals("0.0005", Millis.format(0.00049999999));
        assertEquals("5.809", Millis.format(5.80912));
        assertEquals("1.000", Millis.format(1.0));
        assertEquals("12.35", Millis.format(12.3456));
        assertEquals("43.60", Millis.format(43.6));
        assertEquals("146.8", Millis.format(146.84));
        assertEquals("1235", Millis.format(1234.56));
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
            double v = Math.pow(10, rnd.nextDouble(-3, 5));
            int decimals = v >= 1000 ? 0 : v >= 100 ? 1 : v >= 10 ? 2 : v >= 1 ? 3 : 4;
            String want = String.format(Locale.ROOT, "%." + decimals + "f", v);
            String got = Millis.format(v);
            // Both round the same decimal digit; they may differ only on an exact binary tie.
            assertEquals(want.length(), got.length(), v + ": " + want + " vs " + got);
            double ulp = Math.pow(10, -decimals);
            assertEquals(Double.parseDouble(want), Double.parseDouble(got), ulp * 1.01, v + "");
        }
    }
}
