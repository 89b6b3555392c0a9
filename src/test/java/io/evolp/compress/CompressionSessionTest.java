package io.evolp.compress;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.evolve.EvolvingPredictor;
import io.evolp.measure.Measurement;
import io.evolp.measure.MeasurementException;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.SimulatedSource;
import io.evolp.measure.sim.DeviceProfile;
import io.evolp.predict.LatencyPredictor;
import io.evolp.task.CancelledException;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.*;

class CompressionSessionTest {

    private final LatencyPredictor base = new MacsPredictor();

    private double raw(ModelSpec m) {
        return base.predictModel(m).latencyMs();
    }

    /**
     * The device: true latency 1.3 × the raw layer sum with the profile's run-to-run noise
     * (lognormal 3% on TX2, 4% on Nano, occasional spikes), each measurement the median of 9 runs.
     * Why 9: with 5 runs a median still scatters by ~2–3%, as wide as the whole 3% window. In a sweep
     * of 480 seeded sessions per case, with 5 runs 1.5–2% (VGG16/TX2) and 3.5% (MobileNetV1/Nano)
     * never measured inside [0.95, 1] × budget within 5 tries — mostly noise: a predictor that starts
     * exactly right still misses 1.3% and 2%; with 9 runs 0% and ~1%; with 15 runs 0% and 0%.
     * The paper repeats each measurement 20 times.
     */
    private SimulatedSource device(DeviceProfile profile, long seed) {
        return new SimulatedSource(profile, SimulatedSource.Options.defaults().withSeed(seed).withRepeats(9)
                .withModelTruth(m -> 1.3 * raw(m)));
    }

    private CompressionSession session(ModelSpec model, ChannelImportance imp, String correction,
                                       MeasurementSource source, double budget, int max) {
        return new CompressionSession(model, imp, EvolvingPredictor.start(base, correction), source, budget, max,
                BudgetSearch.Options.defaults());
    }

    /**
     * The claim that matters (issue 10): a session that says converged has widths whose <em>true</em>
     * latency (noise-free 1.3 × raw here) lies in the window; one that cannot say so stops with a
     * reason. 16 sessions per kind and device; a 90 % claim may miss by a hair, so the truth is
     * allowed 0.3 % outside the window, and at least half the sessions must converge.
     */
    @ParameterizedTest(name = "{0} on {1}, {2}")
    @CsvSource({"vgg16, TX2, linear", "vgg16, TX2, robust", "mobilenetv1, NANO, linear", "mobilenetv1, NANO, robust"})
    void aConvergedSessionsTrueLatencyIsInTheWindow(String arch, DeviceProfile profile, String correction) {
        ModelSpec model = Zoo.model(arch, null);
        double full = raw(model) * 1.3; // the device's full-model latency
        int converged = 0, sessions = 0;
        for (int pct = 20; pct <= 90; pct += 10) {
            double budget = full * pct / 100;
            for (ChannelImportance imp : List.of(ChannelImportance.random(model, pct), ChannelImportance.uniform())) {
                try (SimulatedSource device = device(profile, 100 + pct)) {
                    CompressionSession s = session(model, imp, correction, device, budget, 24);
                    SessionResult r = s.run(ProgressMonitor.NONE);
                    String what = arch + " " + correction + " " + imp.description() + " at " + pct + "%: " + r.reason();
                    sessions++;
                    assertTrue(r.finished(), what);
                    assertTrue(r.measurements() <= 24, what);
                    assertNotNull(r.measuredMs(), what);
                    assertEquals(r.steps().get(r.chosenStep()).widths(), r.widths());
                    // The first candidate trusts the raw sum and is ~30% over; the correction fixes that.
                    assertTrue(r.steps().get(0).measuredMs() > budget, what);
                    if (r.state() != SessionState.CONVERGED) {
                        assertTrue(r.reason().contains("noise is wider") || r.reason().contains("budget spent"), what);
                        continue;
                    }
                    converged++;
                    SessionStep last = r.steps().get(r.chosenStep());
                    assertEquals(SessionStep.CONFIRM, last.kind(), what);
                    double truth = 1.3 * raw(Zoo.model(arch, r.widths().stream().mapToInt(Integer::intValue).toArray()));
                    assertTrue(truth >= 0.967 * budget && truth <= 1.003 * budget,
                            what + ": true " + truth + " for budget " + budget);
                }
            }
        }
        // Measured here: VGG16/TX2 13 of 16, MobileNetV1/Nano 9 of 16 (its 4 % run noise is as wide as the window).
        assertTrue(converged >= sessions / 2, converged + " of " + sessions + " converged");
    }

    @Test
    void everyStepIsRecordedAndListenersSeeIt() {
        ModelSpec vgg = Zoo.model("vgg16", null);
        List<SessionStep> seen = new ArrayList<>();
        try (SimulatedSource device = device(DeviceProfile.TX2, 1)) {
            CompressionSession s = session(vgg, ChannelImportance.random(vgg, 2), "linear", device, 0.5 * raw(vgg), 5);
            s.addListener(seen::add);
            SessionStep first = s.step();
            assertEquals(0, first.index());
            assertEquals(first.predictedMs(), first.rawMs(), 0, "no measurement yet: the correction is the identity");
            assertEquals(DeviceProfile.TX2.id(), first.measured().source().replace("simulated:", ""));
            assertTrue(first.measured().simulated());
            assertEquals(9, first.measured().count());
            assertEquals(1.3, first.correction().get("a"), 0.06, "one pair: scale-only fit of ~1.3");
            assertEquals(first.measuredMs() / first.rawMs(), first.correction().get("a"), 1e-9);
            assertTrue(first.searchSteps() > 2);
            assertNotNull(first.band());
            assertFalse(s.finished());
            SessionResult r = s.run(ProgressMonitor.NONE);
            assertEquals(r.steps(), seen);
            assertEquals(r.steps(), s.steps());
            SessionStep second = r.steps().get(1);
            assertEquals(1.3 * second.rawMs(), second.predictedMs(), 0.06 * second.predictedMs());
        }
    }

    @Test
    void userMeasurementEvolvesTheCorrectionLikeAnAutomaticOne() {
        ModelSpec vgg = Zoo.model("vgg16", null);
        try (SimulatedSource device = device(DeviceProfile.TX2, 1)) {
            CompressionSession s = session(vgg, ChannelImportance.uniform(), "robust", device, 0.4 * raw(vgg), 5);
            BudgetSearch.Result candidate = s.candidate();
            SessionStep user = s.addUserMeasurement(2 * candidate.rawMs(), 0.3);
            assertTrue(user.userMeasurement());
            assertEquals("user", user.measured().source());
            assertFalse(user.measured().simulated());
            assertEquals(candidate.widths(), user.widths());
            assertEquals(2.0, user.correction().get("a"), 1e-9);
            assertEquals(2.0, s.predictor().predictMs(candidate.model()) / candidate.rawMs(), 1e-9);
            assertEquals(1, s.predictor().history().size());
            assertNotEquals(candidate.widths(), s.candidate().widths(), "a slower device means a smaller candidate");
            assertThrows(IllegalArgumentException.class, () -> s.addUserMeasurement(-1));
            SessionStep auto = s.step();
            assertTrue(auto.measured().simulated());
            assertNotEquals(2.0, auto.correction().get("a"));
        }
    }

    @Test
    void unreachableBudgetStopsWithAReason() {
        ModelSpec vgg = Zoo.model("vgg16", null);
        try (SimulatedSource device = device(DeviceProfile.TX2, 1)) {
            CompressionSession s = session(vgg, ChannelImportance.random(vgg, 1), "linear", device, 0.05, 5);
            SessionResult r = s.run(ProgressMonitor.NONE);
            assertTrue(r.finished());
            assertEquals(1, r.measurements());
            assertFalse(r.withinWindow());
            assertTrue(r.reason().contains("unreachable"), r.reason());
            assertEquals(BudgetSearch.Outcome.UNREACHABLE, r.steps().get(0).outcome());
            assertThrows(IllegalStateException.class, s::step);
        }
    }

    @Test
    void budgetAboveTheFullModelMeasuresItOnceAndStops() {
        ModelSpec vgg = Zoo.model("vgg16", null);
        try (SimulatedSource device = device(DeviceProfile.TX2, 1)) {
            CompressionSession s = session(vgg, ChannelImportance.uniform(), "linear", device, 3 * raw(vgg), 5);
            SessionResult r = s.run(ProgressMonitor.NONE);
            assertEquals(1, r.measurements());
            assertEquals(vgg.widths(), r.widths());
            assertTrue(r.reason().contains("nothing to prune"), r.reason());
        }
    }

    @Test
    void measurementBudgetIsRespectedAndTheBestUnderBudgetIsChosen() {
        ModelSpec vgg = Zoo.model("vgg16", null);
        // A device whose slowdown keeps changing: no candidate ever lands in a tiny window.
        MeasurementSource erratic = new FixedSource(m -> raw(m) * (1.2 + 0.4 * Math.sin(raw(m))));
        CompressionSession s = new CompressionSession(vgg, ChannelImportance.uniform(), EvolvingPredictor.start(base, "linear"),
                erratic, 0.5 * raw(vgg), 3, BudgetSearch.Options.defaults().withWindow(0.9999, 1.0));
        SessionResult r = s.run(2, ProgressMonitor.NONE);
        assertEquals(2, r.measurements());
        assertFalse(r.finished());
        r = s.run(ProgressMonitor.NONE);
        assertEquals(3, r.measurements());
        assertTrue(r.finished());
        assertTrue(r.reason().contains("measurement budget spent"), r.reason());
        SessionStep best = null;
        for (SessionStep st : r.steps()) {
            if (st.measuredMs() <= s.settings().budgetMs() && (best == null || st.measuredMs() > best.measuredMs())) best = st;
        }
        if (best != null) assertEquals(best.index(), r.chosenStep());
        else assertEquals(r.steps().stream().mapToDouble(SessionStep::measuredMs).min().orElseThrow(), r.measuredMs(), 0);
    }

    @Test
    void zeroMeasurementsIsPredictionOnly() {
        ModelSpec vgg = Zoo.model("vgg16", null);
        CompressionSession s = new CompressionSession(vgg, ChannelImportance.uniform(), EvolvingPredictor.start(base, "bayes"),
                new FixedSource(this::raw), 0.5 * raw(vgg), 0, BudgetSearch.Options.defaults());
        SessionResult r = s.result();
        assertTrue(r.finished());
        assertNull(r.measuredMs());
        assertEquals(-1, r.chosenStep());
        assertEquals(s.candidate().widths(), r.widths());
        assertEquals(0.5 * raw(vgg), r.predictedMs(), 0.03 * raw(vgg));
    }

    @Test
    void explicitConvListsAreCompressedUniformlyPerFamily() {
        List<LayerConfig> convs = new ArrayList<>();
        convs.add(LayerConfig.of(64, 3, 64, 3, 1, 1, 1));
        convs.add(LayerConfig.of(64, 64, 128, 3, 2, 1, 1));
        convs.add(LayerConfig.of(32, 128, 256, 3, 1, 1, 1));
        ModelSpec net = ModelSpec.explicit("mynet", convs);
        try (SimulatedSource device = device(DeviceProfile.TX2, 4)) {
            CompressionSession s = session(net, ChannelImportance.uniform(), "linear", device, 0.5 * 1.3 * raw(net), 20);
            SessionResult r = s.run(ProgressMonitor.NONE);
            assertTrue(r.withinWindow(), r.reason());
            assertEquals(3, r.widths().size());
            assertEquals("uniform", s.settings().searchMode());
            assertTrue(s.predictor().corrections().families().containsKey("mynet"));
        }
    }

    /** A monitor the test cancels by setting {@code flag}, as a user's Cancel button would. */
    private static ProgressMonitor cancelledBy(AtomicBoolean flag) {
        return new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { }
            @Override public boolean isCancelled() { return flag.get(); }
        };
    }

    @Test
    void cancellationStopsTheRunAndKeepsTheStepsTaken() {
        ModelSpec vgg = Zoo.model("vgg16", null);
        AtomicBoolean cancel = new AtomicBoolean();
        ProgressMonitor pm = cancelledBy(cancel);
        try (SimulatedSource device = device(DeviceProfile.TX2, 1)) {
            CompressionSession s = session(vgg, ChannelImportance.uniform(), "linear", device, 0.3 * raw(vgg), 5);
            s.addListener(step -> cancel.set(true)); // the user presses cancel after the first step
            assertThrows(CancelledException.class, () -> s.run(pm));
            assertEquals(1, s.steps().size());
            assertFalse(s.finished());
        }
        // A measurement that never ends is abandoned when the monitor is cancelled.
        CompletableFuture<Measurement> never = new CompletableFuture<>();
        MeasurementSource hanging = new FixedSource(m -> 1) {
            @Override public CompletableFuture<Measurement> measureModel(ModelSpec model, ProgressMonitor p) { return never; }
        };
        CompressionSession s = session(vgg, ChannelImportance.uniform(), "linear", hanging, 0.3 * raw(vgg), 5);
        cancel.set(true);
        assertThrows(CancelledException.class, () -> s.step(pm));
        assertTrue(never.isCancelled());
    }

    /**
     * Issue 10: on real hardware the confirmation is taken only after the device's state had time to
     * change (a session on the lab VM once ran 15 % slow throughout and its back-to-back confirmation
     * agreed with it). The wait is measured between the end of the measurement before and the start of
     * the confirmation; simulated sources need none, real ones default to 10 s.
     */
    @Test
    void theConfirmationWaitsUntilTheGapHasPassed() {
        ModelSpec vgg = Zoo.model("vgg16", null);
        List<long[]> times = new ArrayList<>();
        try (SimulatedSource device = device(DeviceProfile.TX2, 3)) {
            assertEquals(Duration.ZERO, device.independenceGap());
            MeasurementSource timed = new FixedSource(m -> 1) {
                @Override public boolean simulated() { return false; }

                @Override public CompletableFuture<Measurement> measureModel(ModelSpec model, ProgressMonitor p) {
                    long start = System.nanoTime();
                    Measurement m = device.measureModel(model, p).join();
                    times.add(new long[]{start, System.nanoTime()});
                    return CompletableFuture.completedFuture(m);
                }
            };
            assertEquals(MeasurementSource.REAL_DEVICE_GAP, timed.independenceGap());
            CompressionSession s = session(vgg, ChannelImportance.uniform(), "shrink", timed, 0.6 * 1.3 * raw(vgg), 24);
            assertEquals(MeasurementSource.REAL_DEVICE_GAP, s.confirmGap());
            s.setConfirmGap(Duration.ofMillis(300));
            List<String> waits = new ArrayList<>();
            SessionResult r = s.run(new ProgressMonitor() {
                @Override public void progress(long done, long total, String message) {
                    if (message.startsWith("waiting")) waits.add(message);
                }

                @Override public boolean isCancelled() { return false; }
            });
            int confirms = 0;
            for (int i = 1; i < r.steps().size(); i++) {
                if (!SessionStep.CONFIRM.equals(r.steps().get(i).kind())) continue;
                confirms++;
                long waited = times.get(i)[0] - times.get(i - 1)[1];
                assertTrue(waited >= 300_000_000L, "confirmation " + i + " started " + waited / 1e6 + " ms after the measurement before");
            }
            assertTrue(confirms >= 1, "the session reached no confirmation: " + r.reason());
            assertFalse(waits.isEmpty());
            assertTrue(waits.get(0).contains("independent of the device's momentary speed"), waits.get(0));
        }
    }

    @Test
    void cancellingDuringTheWaitBeforeAConfirmationStopsAtOnce() {
        ModelSpec vgg = Zoo.model("vgg16", null);
        AtomicBoolean cancel = new AtomicBoolean();
        ProgressMonitor pm = cancelledBy(cancel);
        try (SimulatedSource device = device(DeviceProfile.TX2, 3)) {
            CompressionSession s = session(vgg, ChannelImportance.uniform(), "shrink", device, 0.6 * 1.3 * raw(vgg), 24);
            s.setConfirmGap(Duration.ofHours(1));
            while (!s.finished() && !SessionStep.CONFIRM.equals(s.nextKind())) s.step(pm);
            assertEquals(SessionStep.CONFIRM, s.nextKind(), s.reason());
            int taken = s.steps().size();
            cancel.set(true);
            assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> assertThrows(CancelledException.class, () -> s.step(pm)));
            assertEquals(taken, s.steps().size());
        }
        assertThrows(IllegalArgumentException.class, () -> session(vgg, ChannelImportance.uniform(), "shrink",
                new FixedSource(m -> 1), 10, 5).setConfirmGap(Duration.ofSeconds(-1)));
    }

    @Test
    void aFailingSourceReportsItsMessage() {
        ModelSpec vgg = Zoo.model("vgg16", null);
        MeasurementSource broken = new FixedSource(m -> 1) {
            @Override public CompletableFuture<Measurement> measureModel(ModelSpec model, ProgressMonitor p) {
                return CompletableFuture.failedFuture(new MeasurementException("replay:x.jsonl has no model with these widths"));
            }
        };
        CompressionSession s = session(vgg, ChannelImportance.uniform(), "linear", broken, 0.3 * raw(vgg), 5);
        MeasurementException e = assertThrows(MeasurementException.class, s::step);
        assertTrue(e.getMessage().contains("no model with these widths"));
        assertTrue(s.steps().isEmpty());
    }
}
