package io.evolp.measure.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import io.evolp.io.Json;
import io.evolp.io.worker.WorkerWire;
import io.evolp.measure.Measurement;
import io.evolp.measure.MeasurementException;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** End to end through a real worker JVM; measurements kept tiny. */
class LocalWorkerTest {

    private static final LocalSettings FAST = LocalSettings.defaults().withWarmup(1).withRepeats(3).withRounds(2).withModuleRepeats(2);
    private static LocalWorkerClient client;

    @BeforeAll
    static void start() {
        client = new LocalWorkerClient(LocalWorkerClient.Options.defaults().withRequestTimeout(Duration.ofSeconds(60)));
    }

    @AfterAll
    static void stop() {
        client.close();
    }

    @Test
    void aLayerIsMeasuredWithItsFacts() {
        LocalMeasurement m = client.measureLayer(LocalLayers.SMALL, FAST);
        assertTrue(m.medianMs() > 0 && m.medianMs() < 1000, "plausible per-layer time: " + m.medianMs());
        assertEquals(6, m.runs());
        assertEquals(2, m.divisor());
        assertEquals("1.28.0", m.facts().ortVersion());
        assertEquals("ALL", m.facts().optLevel());
        assertEquals(1, m.facts().intraOpThreads());
        assertEquals(RuntimeFacts.currentCpu(), m.facts().cpuModel());
        assertTrue(client.lastStartMs() > 0);
    }

    @Test
    void aModelAndAPlanAreMeasured() {
        int[] w = Zoo.get("mobilenetv1").fullWidths();
        Arrays.setAll(w, i -> Math.max(1, w[i] / 8));
        LocalMeasurement model = client.measureModel(Zoo.model("mobilenetv1", w), FAST.withThreads(2));
        assertTrue(model.medianMs() > 0, "model time " + model.medianMs());
        assertEquals(1, model.divisor());
        assertEquals(2, model.facts().intraOpThreads());

        List<LocalMeasurement> plan = client.measureLayers(List.of(LocalLayers.SMALL, LocalLayers.SMALL.withChannels(8, 4)), FAST);
        assertEquals(2, plan.size());
        assertEquals(2, plan.get(1).roundMediansMs().length);
    }

    @Test
    void aKilledWorkerIsRestartedOnTheNextRequest() throws Exception {
        client.info(FAST);
        long pid = client.pid().orElseThrow();
        int starts = client.starts();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        ProcessHandle.of(pid).ifPresent(h -> h.onExit().orTimeout(10, TimeUnit.SECONDS).join());
        RuntimeFacts facts = client.info(FAST.withOptLevel(LocalSettings.OptLevel.EXTENDED));
        assertEquals("EXTENDED", facts.optLevel());
        assertEquals(starts + 1, client.starts());
        assertNotEquals(pid, client.pid().orElseThrow());
    }

    @Test
    void badRequestsGetErrorsAndTheWorkerStaysUp() {
        client.info(FAST);
        long pid = client.pid().orElseThrow();
        var bad = WorkerWire.Request.of("layer", null).withLayer(new WorkerWire.Layer(8, 6, 4, 3, 3, 1, 1, 1, 1, false, 4));
        MeasurementException e = assertThrows(MeasurementException.class, () -> client.call(bad, Duration.ofSeconds(30)));
        assertTrue(e.getMessage().contains("impossible layer: groups (4) must divide"), e.getMessage());
        var unknown = WorkerWire.Request.of("explode", null);
        e = assertThrows(MeasurementException.class, () -> client.call(unknown, Duration.ofSeconds(30)));
        assertTrue(e.getMessage().contains("unknown op 'explode'"), e.getMessage());
        ModelSpec broken = ModelSpec.explicit("x", List.of(LayerConfig.of(8, 3, 8, 3, 1, 1, 1), LayerConfig.of(8, 5, 8, 3, 1, 1, 1)));
        e = assertThrows(MeasurementException.class, () -> client.measureModel(broken, FAST));
        assertTrue(e.getMessage().contains("conv 1 takes 5 input channels"), e.getMessage());
        assertEquals(pid, client.pid().orElseThrow(), "same worker after bad requests");
    }

    @Test
    void garbageLinesAreAnsweredWithAnErrorLine() throws Exception {
        JsonNode a = Json.mapper().readTree(LocalWorker.handle("this is not json"));
        assertFalse(a.get("ok").asBoolean());
        assertTrue(a.get("error").asText().startsWith("bad request: not JSON"));
        JsonNode b = Json.mapper().readTree(LocalWorker.handle("{\"id\":7,\"op\":\"layer\",\"layer\":{\"cin\":\"x\"}}"));
        assertEquals(7, b.get("id").asInt());
        assertTrue(b.get("error").asText().contains("'input_size' must be an integer"), b.toString());
        JsonNode c = Json.mapper().readTree(LocalWorker.handle("{\"op\":\"info\",\"settings\":{\"opt\":\"TURBO\"}}"));
        assertTrue(c.get("error").asText().contains("unknown optimisation level 'TURBO'"), c.toString());
        assertNull(LocalWorker.handle("{\"op\":\"quit\"}"));
    }

    @Test
    void cancellingAMeasurementKillsTheWorkerAndTheNextOneWorks() throws Exception {
        LocalSettings slow = FAST.withRepeats(100_000).withRounds(1);
        try (LocalWorkerClient own = new LocalWorkerClient(LocalWorkerClient.Options.defaults());
             LocalSource source = new LocalSource(own, slow)) {
            // Cancels as soon as the source reports that the measurement has begun.
            var monitor = new ProgressMonitor() {
                volatile boolean cancelled;
                @Override public void progress(long done, long total, String message) { if (done == 0) cancelled = true; }
                @Override public boolean isCancelled() { return cancelled; }
            };
            var future = source.measureLayer(LocalLayers.SMALL, monitor);
            assertThrows(java.util.concurrent.CancellationException.class, () -> future.get(20, TimeUnit.SECONDS));
            assertTrue(future.isCancelled());
            assertTrue(own.info(FAST).ortVersion().startsWith("1.28"), "a new worker answers");
            assertEquals(2, own.starts());
        }
    }

    @Test
    void theLocalSourceGivesRealMeasurements() throws Exception {
        try (LocalSource source = new LocalSource(new LocalWorkerClient(LocalWorkerClient.Options.defaults()), FAST)) {
            assertEquals("local", source.id());
            assertFalse(source.simulated());
            Measurement m = source.measureLayer(LocalLayers.SMALL, ProgressMonitor.NONE).get(60, TimeUnit.SECONDS);
            assertTrue(m.medianMs() > 0);
            assertEquals(6, m.count());
            assertEquals("local", m.source());
            assertFalse(m.simulated());
            assertTrue(m.note().contains("ONNX Runtime 1.28.0, opt ALL, 1 intra-op thread"), m.note());
            ModelSpec bad = ModelSpec.explicit("x", List.of(LayerConfig.of(8, 3, 8, 3, 1, 1, 1), LayerConfig.of(8, 5, 8, 3, 1, 1, 1)));
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> source.measureModel(bad, ProgressMonitor.NONE).get(60, TimeUnit.SECONDS));
            assertInstanceOf(MeasurementException.class, e.getCause());
        }
    }
}
