package io.evolp.measure.campaign;

import io.evolp.task.CancelledException;
import io.evolp.task.ProgressMonitor;

import java.time.Duration;

/** Waits between reconnection attempts; replaceable so tests need not sleep. */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits {@code d}, ending early with {@link CancelledException} when {@code pm} is cancelled.
     */
    void sleep(Duration d, ProgressMonitor pm);

    /** Real time, in slices of at most 100 ms so cancellation is noticed quickly. */
    Sleeper REAL = (d, pm) -> {
        long end = System.nanoTime() + d.toNanos();
        long left;
        while ((left = end - System.nanoTime()) > 0) {
            pm.checkCancelled();
            try {
                Thread.sleep(Math.max(1, Math.min(100, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
        }
        pm.checkCancelled();
    };
}
