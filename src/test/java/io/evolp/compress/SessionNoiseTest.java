package io.evolp.compress;

import io.evolp.core.zoo.Zoo;
import io.evolp.measure.Measurement;
import io.evolp.measure.sim.DeviceProfile;
import io.evolp.measure.sim.SimulatedDevice;
import io.evolp.core.ModelSpec;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class SessionNoiseTest {

    private static final ModelSpec MODEL = Zoo.model("vgg16", null);

    private static Measurement runs(double... ms) {
        return Measurement.ofRuns(ms.clone(), Instant.EPOCH, "simulated:tx2", true, "");
    }

    private static MeasuredCandidate candidate(double ratio, List<Measurement> ms) {
        return new MeasuredCandidate(MODEL, List.of((int) Math.round(100 * (1 - ratio))), ratio, ms, SessionNoise.NONE);
    }

    /** Nine noisy runs of a simulated device at true latency {@code ms}. */
    private static Measurement nine(SimulatedDevice d, double ms) {
        double[] r = new double[9];
        for (int i = 0; i < 9; i++) r[i] = d.noisy(ms);
        return runs(r);
    }

    @Test
    void needsThreeMeasurementsBeforeItReplacesTheirOwnSpread() {
        List<MeasuredCandidate> two = List.of(candidate(0.1, List.of(runs(99, 100, 101))), candidate(0.2, List.of(runs(89, 90, 91))));
        assertEquals(SessionNoise.NONE, SessionNoise.of(two));
        assertEquals(Evidence.Z, SessionNoise.NONE.z());
    }

    @Test
    void poolsTheSimulatedNoiseOfOneMeasurementClosely() {
        // One 9-run median on the simulated Nano scatters by 1.69 % (measured over 20 000 medians).
        SimulatedDevice nano = new SimulatedDevice(DeviceProfile.NANO, 3);
        List<MeasuredCandidate> cs = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            List<Measurement> ms = new ArrayList<>();
            for (int k = 0; k < 4; k++) ms.add(nine(nano, 20 + c));
            cs.add(candidate(0.05 * c, ms));
        }
        SessionNoise n = SessionNoise.of(cs);
        assertEquals(0.0169, n.relative(), 0.004);
        assertEquals(3 * 40 + 30, n.dof(), 1e-9); // three per measurement, one per repeat
    }

    @Test
    void aLuckyNarrowMeasurementIsJudgedByTheSessionsNoiseNotItsOwn() {
        Measurement lucky = runs(99.9, 99.95, 100, 100, 100, 100, 100, 100.05, 100.1);
        double low = 97.5, high = 100.5;
        assertEquals(Evidence.Verdict.INSIDE, Evidence.of(List.of(lucky)).verdict(low, high));
        SessionNoise session = new SessionNoise(0.0126, 12);
        Evidence e = Evidence.of(List.of(lucky), session);
        assertEquals(1.26, e.standardErrorMs(), 1e-9);
        assertEquals(Evidence.Verdict.UNSURE, e.verdict(low, high));
    }

    @Test
    void anEstimatedNoiseWidensTheIntervalByStudentsT() {
        assertEquals(1.833, new SessionNoise(0.01, 9).z(), 1e-3);
        assertEquals(1.697, new SessionNoise(0.01, 30).z(), 1e-3);
        Evidence e = Evidence.of(List.of(runs(99, 100, 101)), new SessionNoise(0.01, 9));
        assertEquals(100 - 1.833, e.lowMs(), 1e-2);
    }

    @Test
    void typedNumbersKeepTheirOwnSpread() {
        Measurement typed = new Measurement(100, 2, 1, Instant.EPOCH, CompressionSession.USER_SOURCE, false, "typed");
        assertFalse(SessionNoise.pooled(typed));
        assertEquals(2, Evidence.of(List.of(typed), new SessionNoise(0.01, 9)).standardErrorMs(), 1e-12);
    }

    private static SessionStep step(int index, int width, double est, double se, int k) {
        Measurement m = runs(est - 1, est, est + 1);
        return new SessionStep(index, List.of(width), 0.5, 0.5, est, est, null, m, Map.of(), BudgetSearch.Outcome.IN_WINDOW,
                List.of(), true, SessionStep.SEARCH, est, se, k, Evidence.Verdict.UNSURE);
    }

    @Test
    void anUnconvergedSessionKeepsTheCandidateMostProbablyInside() {
        SessionSettings s = new SessionSettings(MODEL, "uniform", "uniform", 100, "shrink", "simulated:tx2", true, 20,
                BudgetSearch.Options.defaults());
        SessionStep centred = step(0, 60, 98.6, 0.4, 8);  // measured 8 times, near the window's centre
        SessionStep edge = step(1, 61, 99.8, 1.2, 1);     // measured once, later, near the top edge
        assertEquals(centred, SessionResult.choose(s, List.of(centred, edge), SessionState.BUDGET_SPENT));
        assertTrue(SessionResult.probabilityInside(centred, 97, 100) > SessionResult.probabilityInside(edge, 97, 100));
        // A candidate's latest step stands for it (its estimate covers all its measurements).
        SessionStep edgeAgain = step(2, 61, 98.5, 0.3, 2);
        assertEquals(edgeAgain, SessionResult.choose(s, List.of(centred, edge, edgeAgain), SessionState.BUDGET_SPENT));
    }
}
