package io.evolp.task;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobMonitorTest {

    @Test
    void remembersTheLatestProgressAndForwardsIt() {
        List<String> seen = new ArrayList<>();
        JobMonitor m = new JobMonitor(new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { seen.add(done + "/" + total + " " + message); }
            @Override public boolean isCancelled() { return false; }
        });
        assertEquals(-1, m.fraction());
        assertEquals("", m.message());
        m.progress(1, 4, "first");
        m.progress(3, 4, null);
        assertEquals(0.75, m.fraction());
        assertEquals("first", m.message(), "a null message keeps the last one");
        assertEquals(List.of("1/4 first", "3/4 null"), seen);
        m.progress(9, 4, "over");
        assertEquals(1.0, m.fraction(), "clamped");
    }

    @Test
    void cancelIsSeenByTheJobAndDownstreamCancellationToo() {
        JobMonitor own = new JobMonitor();
        assertFalse(own.isCancelled());
        own.checkCancelled();
        own.cancel();
        assertTrue(own.isCancelled());
        assertThrows(CancelledException.class, own::checkCancelled);

        JobMonitor viaDownstream = new JobMonitor(new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { }
            @Override public boolean isCancelled() { return true; }
        });
        assertTrue(viaDownstream.isCancelled());
    }
}
