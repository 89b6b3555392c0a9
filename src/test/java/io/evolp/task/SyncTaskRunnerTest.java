package io.evolp.task;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyncTaskRunnerTest {

    @Test
    void runsOnTheCallersThreadAndReportsProgressDownstream() {
        AtomicInteger reports = new AtomicInteger();
        Thread caller = Thread.currentThread();
        SyncTaskRunner runner = new SyncTaskRunner(new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { reports.incrementAndGet(); }
            @Override public boolean isCancelled() { return false; }
        });
        TaskHandle<String> h = runner.submit("sum", m -> {
            for (int i = 1; i <= 4; i++) m.progress(i, 4, "step " + i);
            return Thread.currentThread() == caller ? "same thread" : "other";
        });
        assertEquals(TaskHandle.State.SUCCEEDED, h.state());
        assertEquals("same thread", h.result().join());
        assertEquals(4, reports.get());
        assertEquals(1.0, h.progress());
        assertEquals("step 4", h.message());
    }

    @Test
    void aCheckedFailureIsAFailedHandleAndCallRethrowsIt() {
        SyncTaskRunner runner = new SyncTaskRunner();
        TaskHandle<Object> h = runner.submit("read", m -> { throw new IOException("no such file"); });
        assertEquals(TaskHandle.State.FAILED, h.state());
        assertEquals("no such file", h.failure().orElseThrow().getMessage());
        IOException e = assertThrows(IOException.class, () -> runner.call("read", m -> { throw new IOException("again"); }));
        assertEquals("again", e.getMessage());
    }

    @Test
    void downstreamCancellationStopsTheJob() {
        AtomicInteger steps = new AtomicInteger();
        SyncTaskRunner runner = new SyncTaskRunner(new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { steps.incrementAndGet(); }
            @Override public boolean isCancelled() { return steps.get() >= 3; }
        });
        TaskHandle<Integer> h = runner.submit("loop", m -> {
            for (int i = 0; i < 100; i++) {
                m.checkCancelled();
                m.progress(i, 100, null);
            }
            return 100;
        });
        assertEquals(TaskHandle.State.CANCELLED, h.state());
        assertTrue(h.result().isCancelled());
        assertEquals(3, steps.get(), "stopped at the first check after the request");
        assertThrows(CancelledException.class, () -> runner.call("loop again", m -> { m.checkCancelled(); return 1; }));
    }
}
