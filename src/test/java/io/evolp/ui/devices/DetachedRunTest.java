package io.evolp.ui.devices;

import io.evolp.measure.MeasurementSource;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loop runs on its own thread: an interrupt of the caller becomes its cancel flag, never an interrupt. */
class DetachedRunTest {

    private final AtomicBoolean closed = new AtomicBoolean();

    /** A source that only records its close (the loops under test never measure). */
    private MeasurementSource source() {
        return (MeasurementSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{MeasurementSource.class},
                (p, m, a) -> {
                    if (m.getName().equals("close")) closed.set(true);
                    return null;
                });
    }

    private static final ProgressMonitor QUIET = new ProgressMonitor() {
        @Override public void progress(long done, long total, String message) { }
        @Override public boolean isCancelled() { return false; }
    };

    @Test
    void anInterruptOfTheCallerStopsTheLoopBetweenRowsWithoutInterruptingIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean loopInterrupted = new AtomicBoolean();
        AtomicReference<Object> result = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                result.set(DetachedRun.call("test-loop", this::source, QUIET, (src, monitor) -> {
                    started.countDown();
                    // the cancel may arrive before the first row: what matters is how the loop ends
                    while (!monitor.isCancelled()) {
                        if (Thread.currentThread().isInterrupted()) loopInterrupted.set(true);
                        Thread.onSpinWait();
                    }
                    return "stopped by its cancel flag";
                }));
            } catch (IOException e) {
                result.set(e);
            }
        });
        caller.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        caller.interrupt();
        caller.join(10_000);
        assertEquals("stopped by its cancel flag", result.get(), "the loop ended normally and its result came back");
        assertTrue(!loopInterrupted.get(), "the loop's own thread was never interrupted");
        assertTrue(closed.get(), "the source is closed when the loop ends");
    }

    @Test
    void failuresKeepTheirTypeOrBecomeOneLineMessages() {
        IOException io = assertThrows(IOException.class, () -> DetachedRun.call("t", this::source, QUIET, (s, m) -> {
            throw new IOException("disk full");
        }));
        assertEquals("disk full", io.getMessage());
        IllegalStateException other = assertThrows(IllegalStateException.class,
                () -> DetachedRun.call("t", this::source, QUIET, (s, m) -> {
                    throw new Exception("device said no\nsecond line");
                }));
        assertTrue(!other.getMessage().contains("\n"), other.getMessage());
    }
}
