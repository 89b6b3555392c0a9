package io.evolp.compress;

import io.evolp.measure.MeasurementSource;
import io.evolp.task.CancelledException;
import io.evolp.task.ProgressMonitor;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The wait before a session's confirmation: it starts only once {@link #gap()} has passed since the
 * last measurement ended. A confirmation right behind the measurements it checks shares their moment
 * of the device — on the lab VM a session once ran 15 % slower than every later re-measurement, its
 * back-to-back confirmation agreeing with a state that did not last (see
 * {@link MeasurementSource#REAL_DEVICE_GAP}). Thread-safe: the session measures on a worker while the
 * GUI may read or set the gap.
 */
final class ConfirmationGap {

    private static final long SLICE_MS = 50;

    private Duration gap;
    private long lastEndNanos;
    private boolean measured;

    ConfirmationGap(Duration gap) {
        set(gap);
    }

    synchronized Duration gap() {
        return gap;
    }

    synchronized void set(Duration gap) {
        if (gap == null || gap.isNegative()) throw new IllegalArgumentException("the confirmation gap must be zero or positive, was " + gap);
        this.gap = gap;
    }

    /** A measurement has just ended. */
    synchronized void measured() {
        lastEndNanos = System.nanoTime();
        measured = true;
    }

    /** Blocks until the gap has passed since the last measurement (at once if none); cancellable through {@code pm}. */
    void await(ProgressMonitor pm) {
        long g, until;
        synchronized (this) {
            g = gap.toNanos();
            if (g <= 0 || !measured) return;
            until = lastEndNanos + g;
        }
        String message = String.format(Locale.ROOT, "waiting %.0f s before the confirmation, so that it is"
                + " independent of the device's momentary speed", g / 1e9);
        while (true) {
            long left = until - System.nanoTime();
            if (left <= 0) return;
            pm.checkCancelled();
            pm.progress(g - left, g, message);
            try {
                Thread.sleep(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), SLICE_MS)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
        }
    }
}
