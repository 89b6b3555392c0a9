package io.evolp.task;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskHandleTest {

    /** A job on its own thread, as a threaded runner would start it. */
    private static <T> TaskHandle<T> onThread(Job<T> job) {
        JobMonitor monitor = new JobMonitor();
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(job.run(monitor));
            } catch (Exception e) {
                if (TaskHandle.isCancellation(e)) result.cancel(false);
                else result.completeExceptionally(e);
            }
        });
        t.setDaemon(true);
        TaskHandle<T> h = new TaskHandle<>("job", monitor, result, t::interrupt);
        t.start();
        return h;
    }

    @Test
    void cancelReachesARunningJobAndEndsCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        TaskHandle<Integer> h = onThread(m -> {
            m.progress(2, 8, "working");
            started.countDown();
            while (true) m.checkCancelled();
        });
        assertTrue(started.await(5, TimeUnit.SECONDS));
        assertEquals(TaskHandle.State.RUNNING, h.state());
        assertEquals(0.25, h.progress());
        assertEquals("working", h.message());
        h.cancel();
        try {
            h.result().get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.CancellationException expected) {
            // the future is cancelled, not failed
        }
        assertEquals(TaskHandle.State.CANCELLED, h.state());
        assertTrue(h.failure().isEmpty());
    }

    @Test
    void aFailureIsKeptUnwrapped() {
        IOException boom = new IOException("disk gone");
        TaskHandle<Integer> h = onThread(m -> { throw boom; });
        assertTrue(h.result().handle((v, e) -> e).join() != null);
        assertEquals(TaskHandle.State.FAILED, h.state());
        assertSame(boom, h.failure().orElseThrow());
    }

    @Test
    void cancellingAFinishedJobChangesNothing() {
        TaskHandle<Integer> h = onThread(m -> 7);
        assertEquals(7, h.result().join());
        h.cancel();
        assertEquals(TaskHandle.State.SUCCEEDED, h.state());
        assertEquals("job", h.title());
    }

    @Test
    void unwrapsFutureAndUncheckedIoWrappers() {
        IOException io = new IOException("x");
        assertSame(io, TaskHandle.unwrap(new CompletionException(new UncheckedIOException(io))));
        assertTrue(TaskHandle.isCancellation(new CompletionException(new CancelledException())));
        assertTrue(TaskHandle.isCancellation(new InterruptedException()));
        assertFalse(TaskHandle.isCancellation(io));
    }
}
