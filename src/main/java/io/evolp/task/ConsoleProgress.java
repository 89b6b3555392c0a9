package io.evolp.task;

import java.io.PrintStream;

/**
 * Progress for the command line: a single self-overwriting line on an interactive terminal, and
 * nothing otherwise (CI logs and pipes stay clean). Cancellation comes from Ctrl-C, which ends the JVM.
 */
public final class ConsoleProgress implements ProgressMonitor {

    private final PrintStream out;
    private final boolean enabled;
    private long lastPrintNanos;
    private boolean printed;

    public ConsoleProgress(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    /** Enabled only when a terminal is attached. */
    public static ConsoleProgress forStderr() {
        return new ConsoleProgress(System.err, System.console() != null);
    }

    @Override
    public synchronized void progress(long done, long total, String message) {
        if (!enabled) return;
        long now = System.nanoTime();
        if (now - lastPrintNanos < 100_000_000L && done < total) return; // ≤ 10 updates per second
        lastPrintNanos = now;
        String pct = total > 0 ? String.format(" %3d%%", Math.round(100.0 * done / total)) : "";
        out.print("\r" + pct + " " + (message == null ? "" : message) + "\u001b[K");
        printed = true;
    }

    /** Ends the progress line so the next output starts on a fresh line. */
    public synchronized void finish() {
        if (enabled && printed) out.print("\r\u001b[K");
        printed = false;
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
