package io.evolp.analysis;

import tech.tablesaw.api.Table;

/**
 * Loads Tablesaw once, early, on a thread nobody interrupts. Tablesaw's {@code Table} scans the class
 * path when its class is first initialised (seconds from the shaded jar), and if the initialising
 * thread is interrupted — a GUI job cancelled by "latest wins" — the class is left broken for the rest
 * of the session. Starting it here, off every job, removes both the delay and the risk.
 */
public final class TablesawWarmUp {

    private static volatile boolean done;

    private TablesawWarmUp() {
    }

    /** Starts the warm-up on a daemon thread of its own; returns at once. */
    public static Thread start() {
        Thread t = new Thread(TablesawWarmUp::run, "evolp-tablesaw-warm-up");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Initialises Tablesaw on the calling thread (idempotent). */
    public static void run() {
        if (done) return;
        Table.create("warm-up");
        done = true;
    }

    public static boolean isDone() {
        return done;
    }
}
