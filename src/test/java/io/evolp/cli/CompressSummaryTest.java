package io.evolp.cli;

import io.evolp.compress.SessionState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The first line `evolp compress` prints says each part of the outcome once. */
class CompressSummaryTest {

    @Test
    void theReasonsOpeningClauseIsNotRepeated() {
        assertEquals("Not converged (noise is wider than the window) after 8 measurements: 1 measurement(s) of this"
                        + " candidate estimate 23.79 ± 0.79 ms",
                CompressCommand.summary(SessionState.NOISE_WIDER_THAN_WINDOW, 8,
                        "noise is wider than the window: 1 measurement(s) of this candidate estimate 23.79 ± 0.79 ms"));
        assertEquals("Converged and confirmed after 4 measurements: 2 measurements estimate 24.09 ± 0.034 ms",
                CompressCommand.summary(SessionState.CONVERGED, 4,
                        "converged and confirmed: 2 measurements estimate 24.09 ± 0.034 ms"));
        assertEquals("Budget unreachable after 1 measurement: the most pruned model (ratio 0.90) measured 12 ms > 10 ms",
                CompressCommand.summary(SessionState.UNREACHABLE, 1,
                        "budget unreachable: the most pruned model (ratio 0.90) measured 12 ms > 10 ms"));
    }

    @Test
    void aReasonThatSaysSomethingElseIsKeptWhole() {
        String spent = "measurement budget spent (20 measurements) before a candidate was confirmed in the window; last: estimated 24.16 ms";
        assertEquals("Not converged after 20 measurements: " + spent, CompressCommand.summary(SessionState.BUDGET_SPENT, 20, spent));
        assertEquals("Converged after 2 measurements: ", CompressCommand.summary(SessionState.CONVERGED, 2, null));
    }
}
