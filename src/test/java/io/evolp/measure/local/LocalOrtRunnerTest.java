package io.evolp.measure.local;

import io.evolp.core.LayerConfig;
import io.evolp.io.onnx.OnnxExport;
import io.evolp.task.CancelledException;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** In-process ONNX Runtime measurement (the worker's engine); tiny layers, few runs. */
class LocalOrtRunnerTest {

    private static final LayerConfig SMALL = LocalLayers.SMALL;
    private final LocalSettings settings = LocalSettings.defaults().withWarmup(1).withRepeats(4).withRounds(3).withModuleRepeats(2);

    @Test
    void singleRoundStatisticsAreOrderedAndFactsRecorded() {
        LocalOrtRunner runner = new LocalOrtRunner(settings);
        LocalMeasurement m = runner.measure(OnnxExport.layerModule(SMALL, 2), 1, 7);
        assertEquals(7, m.runs());
        assertTrue(m.minMs() > 0);
        assertTrue(m.minMs() <= m.q1Ms() && m.q1Ms() <= m.medianMs() && m.medianMs() <= m.q3Ms() && m.q3Ms() <= m.maxMs());
        assertEquals(1, m.roundMediansMs().length);
        assertEquals(m.medianMs(), m.roundMediansMs()[0], 1e-12);
        assertTrue(m.sessionCreateMs() > 0);
        RuntimeFacts f = m.facts();
        assertEquals("1.28.0", f.ortVersion());
        assertEquals("ALL", f.optLevel());
        assertEquals(1, f.intraOpThreads());
        assertEquals(1, f.interOpThreads());
        assertFalse(f.cpuModel().isBlank());
        assertTrue(f.jvmVersion().contains(System.getProperty("java.version").split("\\.")[0]), f.jvmVersion());
    }

    @Test
    void shuffledRoundsPoolAllRunsAndLayersAreDividedByTheModuleFactor() {
        LocalOrtRunner runner = new LocalOrtRunner(settings.withOptLevel(LocalSettings.OptLevel.BASIC));
        List<Integer> built = new ArrayList<>();
        LayerConfig other = SMALL.withChannels(4, 12);
        List<LocalOrtRunner.Item> items = List.of(
                new LocalOrtRunner.Item(() -> { built.add(0); return OnnxExport.layerModule(SMALL, 2); }, 2),
                new LocalOrtRunner.Item(() -> { built.add(1); return OnnxExport.layerModule(other, 2); }, 2),
                new LocalOrtRunner.Item(() -> { built.add(2); return OnnxExport.layerModule(SMALL, 1); }, 1));
        List<LocalMeasurement> out = runner.measureAll(items, ProgressMonitor.NONE);
        assertEquals(3, out.size());
        assertEquals(9, built.size(), "each item rebuilt once per round");
        for (LocalMeasurement m : out) {
            assertEquals(12, m.runs(), "3 rounds x 4 repeats");
            assertEquals(3, m.roundMediansMs().length);
            assertEquals("BASIC", m.facts().optLevel());
        }
        assertEquals(2, out.get(0).divisor());
        assertEquals(1, out.get(2).divisor());
        List<Integer> firstRound = built.subList(0, 3), secondRound = built.subList(3, 6), third = built.subList(6, 9);
        assertTrue(!firstRound.equals(secondRound) || !secondRound.equals(third), "order reshuffled each round: " + built);
    }

    @Test
    void perLayerDividesTimesButNotSessionCreation() {
        RuntimeFacts f = new RuntimeFacts("1.28.0", "ALL", 1, 1, "cpu", "jvm", "os");
        LocalMeasurement m = LocalMeasurement.of(new double[]{4, 8, 6, 2}, new double[][]{{4, 8}, {6, 2}}, 10, f);
        assertEquals(5, m.medianMs(), 1e-12);
        assertEquals(3.5, m.q1Ms(), 1e-12);
        assertEquals(6.5, m.q3Ms(), 1e-12);
        assertArrayEquals(new double[]{6, 4}, m.roundMediansMs(), 1e-12);
        LocalMeasurement l = m.perLayer(4);
        assertEquals(1.25, l.medianMs(), 1e-12);
        assertEquals(0.5, l.minMs(), 1e-12);
        assertEquals(2.0, l.maxMs(), 1e-12);
        assertEquals(10, l.sessionCreateMs(), 1e-12);
        assertEquals(4, l.divisor());
    }

    @Test
    void cancellationStopsBetweenRuns() {
        LocalOrtRunner runner = new LocalOrtRunner(settings);
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { }
            @Override public boolean isCancelled() { return true; }
        };
        assertThrows(CancelledException.class, () -> runner.measureAll(
                List.of(new LocalOrtRunner.Item(() -> OnnxExport.layerModule(SMALL, 1), 1)), cancelled));
    }

    @Test
    void cpuModelComesFromCpuInfoFields() {
        List<String> x86 = List.of("processor\t: 0", "model name\t: AMD EPYC 7B13", "flags : fpu");
        assertEquals("AMD EPYC 7B13", RuntimeFacts.cpuInfoField(x86, "model name"));
        List<String> arm = List.of("processor : 0", "CPU part : 0xd07", "Hardware : NVIDIA Tegra X1");
        assertNull(RuntimeFacts.cpuInfoField(arm, "model name"));
        assertEquals("NVIDIA Tegra X1", RuntimeFacts.cpuInfoField(arm, "Hardware"));
    }
}
