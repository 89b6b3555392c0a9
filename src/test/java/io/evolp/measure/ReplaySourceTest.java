package io.evolp.measure;

import io.evolp.core.ModelSpec;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplaySourceTest {

    private static final List<ModelSpec> RECORDED = List.of(
            Models.toy(32, 32, 64, 64, 128).withLatency(40.0),
            Models.toy(24, 32, 48, 64, 96).withLatency(31.5),
            Models.toy(16, 16, 32, 32, 64).withLatency(12.25));

    private static String failure(CompletableFuture<Measurement> f) {
        CompletionException e = assertThrows(CompletionException.class, f::join);
        assertInstanceOf(MeasurementException.class, e.getCause());
        return e.getCause().getMessage();
    }

    @Test
    void sameWidthsAnswerExactly() {
        ReplaySource r = ReplaySource.of("tx2-runs.jsonl", RECORDED, false);
        Measurement m = r.measureModel(Models.toy(24, 32, 48, 64, 96), null).join();
        assertEquals(31.5, m.medianMs());
        assertEquals(1, m.count());
        assertEquals("", m.note());
        assertEquals("replay:tx2-runs.jsonl", m.source());
        assertFalse(m.simulated());
    }

    @Test
    void otherWidthsAreRefusedNamingFileAndDifference() {
        ReplaySource r = ReplaySource.of("tx2-runs.jsonl", RECORDED, false);
        String msg = failure(r.measureModel(Models.toy(24, 32, 48, 64, 100), null));
        assertTrue(msg.contains("tx2-runs.jsonl"), msg);
        assertTrue(msg.contains("record 2"), msg);
        assertTrue(msg.contains("1 of 5 convs differ, first conv 4"), msg);
        assertTrue(msg.contains("cout 96 vs 100"), msg);
        String other = failure(r.measureModel(Models.toy(32, 32, 64), null));
        assertTrue(other.contains("5 convs, the model has 3"), other);
    }

    @Test
    void nearestOptionAnswersFromTheNearestAndFlagsIt() {
        ReplaySource r = ReplaySource.of("tx2-runs.jsonl", RECORDED, true);
        Measurement m = r.measureModel(Models.toy(24, 32, 48, 64, 100), null).join();
        assertEquals(31.5, m.medianMs());
        assertTrue(m.note().contains("nearest recorded model") && m.note().contains("record 2"), m.note());
        Measurement small = r.measureModel(Models.toy(16, 16, 32, 32, 60), null).join();
        assertEquals(12.25, small.medianMs());
        // An exact hit stays unflagged even with the option on.
        assertEquals("", r.measureModel(Models.toy(32, 32, 64, 64, 128), null).join().note());
    }

    @Test
    void sameStructureRanksBeforeCloserTotalMacs() {
        ModelSpec other = ModelSpec.explicit("net", Models.toy(16, 16, 32, 32, 64).convs().subList(0, 4)).withLatency(1.0);
        ReplaySource r = ReplaySource.of("f.jsonl", List.of(other, RECORDED.get(0)), true);
        assertEquals(40.0, r.measureModel(Models.toy(16, 16, 32, 32, 60), null).join().medianMs());
    }

    @Test
    void layersAndCancelledMonitorsAreNotAnswered() {
        ReplaySource r = ReplaySource.of("f.jsonl", RECORDED, true);
        assertTrue(failure(r.measureLayer(RECORDED.get(0).convs().get(0), null)).contains("whole-model recordings only"));
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override public void progress(long d, long t, String m) { }
            @Override public boolean isCancelled() { return true; }
        };
        assertTrue(r.measureModel(RECORDED.get(0), cancelled).isCancelled());
        r.close();
        assertTrue(failure(r.measureModel(RECORDED.get(0), null)).contains("closed"));
    }

    @Test
    void recordingsNeedLatenciesAndSimulatedFilesSaySo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReplaySource.of("f.jsonl", List.of(RECORDED.get(0), Models.toy(8)), false));
        assertTrue(e.getMessage().contains("record 2") && e.getMessage().contains("latency_ms"), e.getMessage());
        ReplaySource sim = ReplaySource.of("vgg16-simulated-tx2.jsonl", RECORDED, false);
        assertTrue(sim.simulated());
        assertTrue(sim.measureModel(RECORDED.get(2), null).join().simulated());
    }
}
