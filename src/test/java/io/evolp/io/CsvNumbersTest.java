package io.evolp.io;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvNumbersTest {

    private static double d(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return CsvNumbers.parseDouble(b, 0, b.length);
    }

    private static long i(String s) {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        return CsvNumbers.parseInt(b, 0, b.length);
    }

    @Test
    void doublesAgreeBitForBitWithTheJdk() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (int n = 0; n < 200_000; n++) {
            double v = Double.longBitsToDouble(rnd.nextLong() & Long.MAX_VALUE);
            if (Double.isNaN(v) || Double.isInfinite(v)) continue;
            String s = Double.toString(v);
            assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(d(s)), s);
        }
        for (int n = 0; n < 200_000; n++) {
            // Short decimals take the fast path: must round exactly as the JDK does.
            long m = rnd.nextLong(1, 1_000_000_000_000_000L);
            String s = m + "e" + rnd.nextInt(-30, 30);
            if (rnd.nextBoolean()) s = "0." + "0".repeat(rnd.nextInt(5)) + m;
            assertEquals(Double.parseDouble(s), d(s), s);
        }
    }

    @Test
    void doubleForms() {
        assertEquals(0.5, d(" 0.5\t"));
        assertEquals(-0.5, d("-.5"));
        assertEquals(500.0, d("5E+2"));
        assertEquals(12.0, d("12."));
        assertEquals(0.1, d("0.1000000000000000000000000001"));
        assertEquals(Double.POSITIVE_INFINITY, d("Infinity"));
        assertEquals(Double.NEGATIVE_INFINITY, d("-inf"));
        for (String bad : new String[]{"", " ", "-", ".", "e5", "1e", "1e+", "0x1p3", "1d", "1f", "1.2.3", "nan", "1 2"}) {
            assertTrue(Double.isNaN(d(bad)), bad);
        }
    }

    @Test
    void intForms() {
        assertEquals(64, i("64"));
        assertEquals(64, i(" +64 "));
        assertEquals(-3, i("-3"));
        assertEquals(64, i("64.0"));
        assertEquals(100, i("1e2"));
        assertEquals(Integer.MAX_VALUE, i("2147483647"));
        assertEquals(Integer.MIN_VALUE, i("-2147483648"));
        assertEquals(CsvNumbers.OUT_OF_RANGE, i("2147483648"));
        assertEquals(CsvNumbers.OUT_OF_RANGE, i("99999999999999999999999"));
        assertEquals(CsvNumbers.NOT_INTEGER, i("3.5"));
        assertEquals(CsvNumbers.EMPTY, i("  "));
        assertEquals(CsvNumbers.NOT_NUMBER, i("abc"));
        assertEquals(CsvNumbers.NOT_NUMBER, i("inf"));
        assertEquals(CsvNumbers.NOT_NUMBER, i("6 4"));
    }

    @Test
    void bools() {
        byte[] b = "True,FALSE,1,0,yes, true ".getBytes(StandardCharsets.US_ASCII);
        assertEquals(1, CsvNumbers.parseBool(b, 0, 4));
        assertEquals(0, CsvNumbers.parseBool(b, 5, 10));
        assertEquals(1, CsvNumbers.parseBool(b, 11, 12));
        assertEquals(0, CsvNumbers.parseBool(b, 13, 14));
        assertEquals(-1, CsvNumbers.parseBool(b, 15, 18));
        assertEquals(1, CsvNumbers.parseBool(b, 19, 25));
    }

    @Test
    void utf8Validation() {
        assertEquals(-1, Utf8.firstInvalid("café 測 😀".getBytes(StandardCharsets.UTF_8), 0,
                "café 測 😀".getBytes(StandardCharsets.UTF_8).length));
        byte[][] bad = {{'a', (byte) 0xE9, 'b'}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}};
        int[] at = {1, 0, 0, 0, 0, 0};
        for (int k = 0; k < bad.length; k++) assertEquals(at[k], Utf8.firstInvalid(bad[k], 0, bad[k].length), "case " + k);
    }
}
