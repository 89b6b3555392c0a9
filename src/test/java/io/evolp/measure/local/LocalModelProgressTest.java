package io.evolp.measure.local;

import io.evolp.core.zoo.Zoo;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** A whole-model measurement on this machine reports its rounds as they finish (a real worker JVM, a tiny model). */
class LocalModelProgressTest {

    @Test
    void aModelMeasurementReportsRoundsDoneOfTotal() throws Exception {
        LocalSettings fast = LocalSettings.defaults().withWarmup(1).withRepeats(2).withRounds(3);
        int[] w = Zoo.get("mobilenetv1").fullWidths();
        Arrays.setAll(w, i -> Math.max(1, w[i] / 16));
        List<long[]> seen = new CopyOnWriteArrayList<>();
        ProgressMonitor pm = new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { seen.add(new long[]{done, total}); }
            @Override public boolean isCancelled() { return false; }
        };
        try (LocalSource source = new LocalSource(new LocalWorkerClient(LocalWorkerClient.Options.defaults()), fast)) {
            assertTrue(source.measureModel(Zoo.model("mobilenetv1", w), pm).get(120, TimeUnit.SECONDS).medianMs() > 0);
        }
        // Round updates of 3 in between the source's own 0 of 1 / 1 of 1.
        List<long[]> rounds = seen.stream().filter(p -> p[1] == 3).toList();
        assertEquals(List.of(1L, 2L, 3L), rounds.stream().map(p -> p[0]).toList());
    }
}
