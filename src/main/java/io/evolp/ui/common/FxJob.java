package io.evolp.ui.common;

import io.evolp.task.Job;
import io.evolp.task.JobMonitor;
import io.evolp.task.ProgressMonitor;
import io.evolp.task.TaskHandle;
import javafx.concurrent.Task;

import java.util.concurrent.CompletableFuture;

/**
 * A core {@link Job} as a JavaFX {@link Task}, so ControlsFX's {@code TaskProgressView} can list it
 * with its title, progress, message and a cancel button. Progress goes through {@link Task}'s own
 * update methods, which coalesce on the FX thread (a chatty job cannot flood the event queue).
 * Cancelling — from the view or from the {@link TaskHandle} — raises the job's monitor flag and
 * interrupts its thread.
 */
public final class FxJob<T> extends Task<T> {

    private final Job<T> job;
    private final JobMonitor monitor;
    private final TaskHandle<T> handle;
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private volatile long startedNanos;
    private volatile boolean started;

    FxJob(String title, Job<T> job) {
        this.job = job;
        this.monitor = new JobMonitor(new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { show(done, total, message); }
            @Override public boolean isCancelled() { return false; }
        });
        this.handle = new TaskHandle<>(title, monitor, new CompletableFuture<>(), () -> cancel(true));
        updateTitle(title);
    }

    @Override
    protected T call() throws Exception {
        started = true;
        startedNanos = System.nanoTime();
        try {
            monitor.checkCancelled();
            return job.run(monitor);
        } finally {
            stopped.complete(null);
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        // The Task first, then the job's monitor: a job that stops as soon as it sees the monitor
        // cancelled could otherwise return before the Task was marked cancelled, and be reported as
        // SUCCEEDED with a partial result handed to its onSuccess.
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        monitor.cancel();
        return cancelled;
    }

    /** The handle callers keep; its result completes on the FX thread. */
    public TaskHandle<T> handle() {
        return handle;
    }

    /**
     * Completes when the job's code is no longer running. A cancelled {@link Task} reports CANCELLED at
     * once, but the job stops only at its next check; whoever reuses what the job touched (a campaign's
     * CSV, a device) must wait for this, not for the state.
     */
    CompletableFuture<Void> stopped() {
        if (!started) stopped.complete(null); // cancelled while queued: call() never runs its job
        return stopped;
    }

    /** Seconds since the job started running (0 while it waits for a worker). */
    double secondsRunning() {
        long s = startedNanos;
        return s == 0 ? 0 : (System.nanoTime() - s) / 1e9;
    }

    private void show(long done, long total, String message) {
        if (total > 0) updateProgress(Math.min(Math.max(done, 0), total), total);
        else updateProgress(-1, -1);
        if (message != null) updateMessage(message);
    }
}
