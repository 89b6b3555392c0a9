package io.evolp.ui.compression;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reasons the Compression form refuses a typed budget or measurement count. */
class FormChecksTest {

    @Test
    void aBudgetIsANumberOfMsInsideTheRange() {
        assertNull(FormChecks.budget("12.5", 5, 100));
        assertNull(FormChecks.budget(" 12.5 ms ", 5, 100));
        assertNull(FormChecks.budget("100.00", 5, 99.996), "the spinner's two-decimal rounding of the end is accepted");
        assertTrue(FormChecks.budget("fast", 5, 100).contains("'fast' is not a number"));
        assertTrue(FormChecks.budget("", 5, 100).contains("Type the latency budget"));
        assertTrue(FormChecks.budget("1e400", 5, 100).contains("not a finite"));
        assertTrue(FormChecks.budget("4.9", 5, 100).contains("between 5.00 and 100.00 ms"));
        assertTrue(FormChecks.budget("100.1", 5, 100).contains("between"));
    }

    @Test
    void aCountIsAWholeNumberInsideTheRange() {
        assertNull(FormChecks.count("20", 1, 100));
        assertNull(FormChecks.count(" 1 ", 1, 100));
        assertTrue(FormChecks.count("2.5", 1, 100).contains("'2.5' is not a whole number"));
        assertTrue(FormChecks.count("", 1, 100).contains("Type the maximum"));
        assertTrue(FormChecks.count("0", 1, 100).contains("between 1 and 100"));
        assertTrue(FormChecks.count("101", 1, 100).contains("between 1 and 100"));
    }
}
