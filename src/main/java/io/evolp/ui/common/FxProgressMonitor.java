package io.evolp.ui.common;

import io.evolp.task.ProgressMonitor;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The core's {@link ProgressMonitor} for a background task of the GUI (QuPath's habit): the worker
 * only writes volatile fields; the FX thread polls them from a timeline, so a chatty worker can never
 * flood the FX event queue.
 */
public final class FxProgressMonitor implements ProgressMonitor {

    private volatile long done;
    private volatile long total;
    private volatile String message = "";
    private final AtomicBoolean cancelled = new AtomicBoolean();

    @Override
    public void progress(long done, long total, String message) {
        this.done = done;
        this.total = total;
        if (message != null) this.message = message;
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    public void cancel() {
        cancelled.set(true);
    }

    /** Fraction done in [0, 1], or -1 when unknown (an indeterminate progress bar). */
    public double fraction() {
        long t = total;
        return t > 0 ? Math.min(1, Math.max(0, (double) done / t)) : -1;
    }

    public String message() {
        return message;
    }
}
