package io.evolp.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The workbench's log file, {@code <PlatformDirs.logs()>/evolp0.log} (rotated at 1 MB through
 * evolp1.log and evolp2.log): uncaught exceptions and failed background tasks with their stack
 * traces — what a bug report needs and the one-line messages the user sees leave out. {@code -Devolp.log.dir=DIR}
 * puts it elsewhere. A log that cannot be opened is not worth stopping the app for.
 */
public final class AppLog {

    private static final Logger ROOT = Logger.getLogger("io.evolp");
    private static Path file;

    private AppLog() {
    }

    /** Opens the log and routes uncaught exceptions into it; returns the file, or null when it could not be opened. */
    public static synchronized Path install() {
        if (file != null) return file;
        String dirProp = System.getProperty("evolp.log.dir");
        Path dir = dirProp != null && !dirProp.isBlank() ? Path.of(dirProp) : PlatformDirs.logs();
        try {
            Files.createDirectories(dir);
            FileHandler h = new FileHandler(dir.resolve("evolp%g.log").toString(), 1 << 20, 3, true);
            h.setFormatter(new SimpleFormatter());
            h.setLevel(Level.INFO);
            ROOT.addHandler(h);
            file = dir.resolve("evolp0.log");
        } catch (IOException | RuntimeException e) {
            System.err.println("evolp: no log file in " + dir + ": " + e.getMessage());
        }
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            ROOT.log(Level.SEVERE, "uncaught exception in thread " + t.getName(), e);
            if (previous != null) previous.uncaughtException(t, e);
            else e.printStackTrace();
        });
        ROOT.info("EvoLP Workbench " + AboutWindow.appVersion() + " started (Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + ")");
        return file;
    }
}
