package io.evolp.ui.devices;

import io.evolp.measure.MeasurementSource;
import io.evolp.task.ProgressMonitor;
import io.evolp.ui.common.Messages;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs a measurement loop (a campaign, an adaptive profile) on a thread of its own that nobody
 * interrupts, for {@link CampaignJob} and {@link ProfileJob}. An interrupt that landed inside a file
 * write would close the channel mid-line; so cancelling (the panel's Cancel, the status bar's ✕,
 * closing the window) interrupts the task's thread, which turns that into the loop's cancel flag and
 * waits for the loop to stop between rows with its files whole.
 */
final class DetachedRun {

    /** The loop, given an open source and a monitor whose cancel also reflects the interrupt. */
    interface Body<T> {
        T run(MeasurementSource source, ProgressMonitor monitor) throws Exception;
    }

    private DetachedRun() {
    }

    static <T> T call(String threadName, Supplier<MeasurementSource> opener, ProgressMonitor pm, Body<T> body)
            throws IOException {
        AtomicBoolean stop = new AtomicBoolean();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { pm.progress(done, total, message); }
            @Override public boolean isCancelled() { return stop.get() || pm.isCancelled(); }
        };
        CompletableFuture<T> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            T value;
            try (MeasurementSource source = opener.get()) {
                value = body.run(source, monitor);
            } catch (Throwable e) {
                f.completeExceptionally(e);
                return;
            }
            f.complete(value); // only once the source is closed: a run started next finds the device free
        }, threadName);
        t.setDaemon(true);
        t.start();
        while (true) {
            try {
                return f.get();
            } catch (InterruptedException e) {
                stop.set(true); // keep waiting: the loop ends after the row in flight
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof RuntimeException r) throw r;
                if (c instanceof IOException x) throw x;
                throw new IllegalStateException(Messages.oneLine(c), c);
            }
        }
    }
}
