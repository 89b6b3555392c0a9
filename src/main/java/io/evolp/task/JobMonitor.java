package io.evolp.task;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The monitor a runner gives a job: it remembers the latest progress (volatile, so any thread may read
 * it — the worker never has to push to a UI thread) and a cancel flag, and forwards progress to an
 * optional downstream monitor (a console line, a JavaFX task), whose cancellation it also honours.
 */
public final class JobMonitor implements ProgressMonitor {

    private final ProgressMonitor downstream;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile long done;
    private volatile long total;
    private volatile String message = "";

    public JobMonitor() {
        this(ProgressMonitor.NONE);
    }

    public JobMonitor(ProgressMonitor downstream) {
        this.downstream = downstream;
    }

    @Override
    public void progress(long done, long total, String message) {
        this.done = done;
        this.total = total;
        if (message != null) this.message = message;
        downstream.progress(done, total, message);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get() || downstream.isCancelled();
    }

    /** Asks the job to stop at its next {@link #checkCancelled()}. */
    public void cancel() {
        cancelled.set(true);
    }

    /** Fraction done in [0, 1], or -1 while the job cannot say (an indeterminate bar). */
    public double fraction() {
        long t = total;
        return t > 0 ? Math.min(1, Math.max(0, (double) done / t)) : -1;
    }

    /** The latest message, never null. */
    public String message() {
        return message;
    }
}
