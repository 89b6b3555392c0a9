package io.evolp.task;

/** Thrown by a computation that stopped because its {@link ProgressMonitor} was cancelled. */
public class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled");
    }
}
