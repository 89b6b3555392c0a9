package io.evolp.ui.compression;

import io.evolp.compress.BudgetSearch;
import io.evolp.compress.Evidence;
import io.evolp.compress.SessionState;
import io.evolp.compress.SessionStep;
import io.evolp.measure.Measurement;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Compression screen's plain sentences for issue 10: step captions, end states, device mismatch. */
class TextsAndDeviceMatchTest {

    private static SessionStep step(int index, String kind, double predicted, double measured, int candidateMeasurements) {
        Map<String, Double> c = new LinkedHashMap<>();
        c.put("a", 1.3012);
        c.put("b", 3.14);
        Measurement m = new Measurement(measured, 1.2, 9, Instant.EPOCH, "simulated:tx2", true, "");
        return new SessionStep(index, List.of(1, 2), 0.5, 0.5, 30, predicted, null, m, c, BudgetSearch.Outcome.IN_WINDOW,
                List.of(), true, kind, measured, 0.21, candidateMeasurements, Evidence.Verdict.UNSURE);
    }

    @Test
    void aStepCaptionSaysPredictedMeasuredTheDifferenceAndTheCorrection() {
        assertEquals("Step 2: predicted 43.6 ms, measured 44.4 ms (+1.8 %); correction now 1.30x + 3.14 ms",
                Texts.caption(step(1, SessionStep.SEARCH, 43.6, 44.4, 1)));
        String repeat = Texts.caption(step(2, SessionStep.REPEAT, 43.6, 42.9, 2));
        assertTrue(repeat.startsWith("Step 3 (round 2 of this candidate): predicted 43.6 ms, measured 42.9 ms (-1.6 %);"
                + " estimate 42.9 ± 0.21 ms over 2 measurements"), repeat);
        assertTrue(Texts.caption(step(3, SessionStep.CONFIRM, 43.6, 43.6, 3)).contains("(independent confirmation)"));
    }

    @Test
    void endStatesAreNamedPlainly() {
        assertEquals("Converged (confirmed)", Texts.headline(SessionState.CONVERGED, true));
        // the reason after the headline does not say it again
        assertEquals("4 measurements estimate 57.36 ± 0.32 ms", Texts.detail("converged and confirmed: 4 measurements estimate 57.36 ± 0.32 ms"));
        assertEquals("The most pruned model measured 12 ms", Texts.detail("budget unreachable: the most pruned model measured 12 ms"));
        assertEquals("measurement budget spent (20 measurements); last: x", Texts.detail("measurement budget spent (20 measurements); last: x"));
        assertEquals("Not converged: noise is wider than the window", Texts.headline(SessionState.NOISE_WIDER_THAN_WINDOW, true));
        assertEquals("Budget unreachable", Texts.headline(SessionState.UNREACHABLE, true));
        assertEquals("Running", Texts.headline(SessionState.RUNNING, false));
    }

    @Test
    void aPredictorOfAnotherDeviceIsFlagged() {
        assertEquals("", DeviceMatch.warning("simulated-tx2", "simulated:tx2"));
        assertEquals("", DeviceMatch.warning("local-cpu", "local"));
        assertEquals("", DeviceMatch.warning("my-board", "agent:board:7070"));
        assertEquals("", DeviceMatch.warning("simulated-nano", "replay:mobilenetv1-random-simulated-nano.jsonl"));
        assertEquals("", DeviceMatch.warning(null, "local"));
        assertTrue(DeviceMatch.warning("simulated-tx2", "simulated:nano").contains("'simulated-tx2'"));
        assertTrue(DeviceMatch.warning("simulated-tx2", "local").contains("measures on 'local'"));
        assertTrue(DeviceMatch.warning("local-cpu", "simulated:cpu").startsWith("⚠"));
        assertTrue(DeviceMatch.warning("local-cpu", "replay:vgg16-random-simulated-tx2.jsonl").startsWith("⚠"));
    }
}
