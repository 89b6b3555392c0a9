package io.evolp.task;

/**
 * Progress and cancellation for long core computations, free of any UI toolkit (QuPath's habit):
 * workers report here; the CLI prints, the GUI polls from its own thread.
 */
public interface ProgressMonitor {

    /** Reports {@code done} of {@code total} units (total ≤ 0 means unknown), with a short message. */
    void progress(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} when cancellation was requested; call between units of work. */
    default void checkCancelled() {
        if (isCancelled()) throw new CancelledException();
    }

    ProgressMonitor NONE = new ProgressMonitor() {
        @Override public void progress(long done, long total, String message) { }
        @Override public boolean isCancelled() { return false; }
    };
}
