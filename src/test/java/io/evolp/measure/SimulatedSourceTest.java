package io.evolp.measure;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.measure.sim.DeviceProfile;
import io.evolp.measure.sim.SimulatedDevice;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulatedSourceTest {

    private static final ModelSpec FULL = Models.toy(Models.FULL);

    private static List<Double> medians(SimulatedSource.Options o, int n) {
        try (SimulatedSource s = new SimulatedSource(DeviceProfile.TX2, o)) {
            List<Double> out = new ArrayList<>();
            for (int i = 0; i < n; i++) out.add(s.measureModel(Models.toy(32, 32, 64, 64, 128 - 8 * i), null).join().medianMs());
            return out;
        }
    }

    @Test
    void sameSeedSameNumbersOtherSeedOthers() {
        SimulatedSource.Options o = SimulatedSource.Options.defaults().withSeed(42);
        assertEquals(medians(o, 6), medians(o, 6));
        assertNotEquals(medians(o, 6), medians(o.withSeed(43), 6));
    }

    @Test
    void everyResultIsLabelledSimulated() {
        try (SimulatedSource s = new SimulatedSource(DeviceProfile.TX2, SimulatedSource.Options.defaults().withRepeats(7))) {
            Measurement m = s.measureModel(FULL, null).join();
            assertTrue(m.simulated());
            assertEquals("simulated:tx2", m.source());
            assertEquals("simulated:tx2", s.id());
            assertTrue(s.simulated());
            assertTrue(s.description().contains("simulated"));
            assertEquals(7, m.count());
            assertTrue(m.spreadMs() > 0, "range of 7 noisy runs");
            Measurement l = s.measureLayer(FULL.convs().get(2), null).join();
            assertTrue(l.simulated());
            double truth = s.device().trueLayerMs(FULL.convs().get(2));
            assertEquals(truth, l.medianMs(), truth * 0.2);
        }
    }

    @Test
    void sourceAndSimulateModelsShareOneDefinitionOfAWholeModel() {
        // The session's simulated device and `evolp simulate --models` (measureModelRuns) must give
        // the same numbers for the same widths, seed and repeats: once they differed by 12 %.
        for (DeviceProfile profile : DeviceProfile.values()) {
            ModelSpec resnet = io.evolp.core.zoo.Zoo.model("resnet50", null);
            SimulatedSource.Options o = SimulatedSource.Options.defaults().withRepeats(7).withSeed(11);
            try (SimulatedSource s = new SimulatedSource(profile, o)) {
                Measurement m = s.measureModel(resnet, null).join();
                double[] runs = new SimulatedDevice(profile, 11).measureModelRuns(resnet, 7);
                assertEquals(io.evolp.core.Stats.median(runs), m.medianMs(), 0.0, profile.id());
                assertEquals(s.device().trueModelMs(resnet), m.medianMs(), 0.15 * m.medianMs());
                assertTrue(m.spreadMs() > 0 && m.details() != null, "a simulated measurement reports its spread");
            }
        }
    }

    @Test
    void modelTruthHookGivesATrueLatencyOfOnePointThreeTimesAFunction() {
        SimulatedSource.Options o = SimulatedSource.Options.defaults().withRepeats(51)
                .withModelTruth(m -> 1.3 * m.macs() / 1e6);
        try (SimulatedSource s = new SimulatedSource(DeviceProfile.TX2, o)) {
            Measurement m = s.measureModel(FULL, null).join();
            double truth = 1.3 * FULL.macs() / 1e6;
            assertEquals(truth, m.medianMs(), truth * 0.03);
        }
    }

    @Test
    void driftRaisesLaterMeasurementsByTheConfiguredRate() {
        SimulatedSource.Options o = SimulatedSource.Options.defaults().withSeed(9);
        List<Double> plain = medians(o, 6), drifting = medians(o.withDrift(0.01), 6);
        for (int i = 0; i < 6; i++) {
            assertEquals(1 + 0.01 * i, drifting.get(i) / plain.get(i), 1e-12, "measurement " + i);
        }
    }

    @Test
    void cancelledMonitorStopsAMultiRepeatMeasurement() {
        AtomicInteger reports = new AtomicInteger();
        ProgressMonitor pm = new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { reports.incrementAndGet(); }
            @Override public boolean isCancelled() { return reports.get() >= 2; }
        };
        try (SimulatedSource s = new SimulatedSource(DeviceProfile.CPU, SimulatedSource.Options.defaults().withRepeats(100))) {
            CompletableFuture<Measurement> f = s.measureModel(FULL, pm);
            assertThrows(java.util.concurrent.CancellationException.class, f::join);
            assertTrue(f.isCancelled());
            s.measureModel(FULL, null).join(); // same single thread: the cancelled task has ended
            assertEquals(2, reports.get());
        }
    }

    @Test
    void cancellingTheFutureStopsAMultiRepeatMeasurement() throws Exception {
        CountDownLatch firstRun = new CountDownLatch(1), cancelled = new CountDownLatch(1);
        AtomicInteger reports = new AtomicInteger();
        ProgressMonitor pm = new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) {
                reports.incrementAndGet();
                firstRun.countDown();
                try {
                    cancelled.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // the source interrupts on cancel; fine
                }
            }
            @Override public boolean isCancelled() { return false; }
        };
        try (SimulatedSource s = new SimulatedSource(DeviceProfile.TX2, SimulatedSource.Options.defaults().withRepeats(100))) {
            CompletableFuture<Measurement> f = s.measureModel(FULL, pm);
            firstRun.await();
            assertTrue(f.cancel(true));
            cancelled.countDown();
            Measurement next = s.measureModel(FULL, null).join();
            assertEquals(1, reports.get(), "no run after the cancel");
            assertEquals(100, next.count());
        }
    }

    @Test
    void cancelInterruptsSimulatedWallTime() {
        // Model "slow" would sleep 1000 s of wall time; "fast" none. Cancelling the first must free the thread.
        ModelSpec slow = Models.toy(32), fast = Models.toy(16);
        SimulatedSource.Options o = SimulatedSource.Options.defaults().withRepeats(1).withWallTimeScale(1000)
                .withModelTruth(m -> m == slow ? 1000 : 1e-9);
        try (SimulatedSource s = new SimulatedSource(DeviceProfile.TX2, o)) {
            CompletableFuture<Measurement> f = s.measureModel(slow, null);
            f.cancel(true);
            Measurement m = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> s.measureModel(fast, null).join());
            assertEquals(1, m.count());
        }
    }

    @Test
    void failuresCompleteWithAClearMeasurementException() {
        SimulatedSource.Options o = SimulatedSource.Options.defaults().withModelTruth(m -> {
            throw new IllegalStateException("board unplugged");
        });
        SimulatedSource s = new SimulatedSource(DeviceProfile.TX2, o);
        CompletionException e = assertThrows(CompletionException.class, () -> s.measureModel(FULL, null).join());
        assertInstanceOf(MeasurementException.class, e.getCause());
        assertTrue(e.getCause().getMessage().contains("simulated:tx2") && e.getCause().getMessage().contains("board unplugged"),
                e.getCause().getMessage());
        s.close();
        e = assertThrows(CompletionException.class, () -> s.measureLayer(LayerConfig.of(8, 4, 4, 3, 1, 1, 1), null).join());
        assertTrue(e.getCause().getMessage().contains("closed"), e.getCause().getMessage());
    }

    @Test
    void optionsAreValidated() {
        SimulatedSource.Options d = SimulatedSource.Options.defaults();
        assertThrows(IllegalArgumentException.class, () -> d.withRepeats(0));
        assertThrows(IllegalArgumentException.class, () -> d.withDrift(-0.1));
    }
}
