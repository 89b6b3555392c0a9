package io.evolp.compress;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SessionReasonTest {

    @Test
    void aKnownOpeningClauseIsSplitOffTheDetail() {
        SessionReason r = SessionReason.of(SessionReason.NOISE + ": 8 measurements estimate 77.5 ms");
        assertEquals(SessionReason.NOISE, r.clause());
        assertEquals("8 measurements estimate 77.5 ms", r.detail());
    }

    @Test
    void anyOtherReasonIsAllDetail() {
        String spent = "measurement budget spent (20 measurements); last: x";
        assertNull(SessionReason.of(spent).clause());
        assertEquals(spent, SessionReason.of(spent).detail());
        assertEquals("", SessionReason.of(null).detail());
        // a clause must be followed by ": " to count: a detail that merely starts alike stays whole
        assertNull(SessionReason.of("budget unreachableness").clause());
    }
}
