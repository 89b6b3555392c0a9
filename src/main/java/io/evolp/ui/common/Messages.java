package io.evolp.ui.common;

import io.evolp.core.InvalidInputException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns exceptions into the one-line messages users see (never a stack trace). */
public final class Messages {

    private Messages() {
    }

    public static String oneLine(Throwable e) {
        if (e instanceof NoSuchFileException f) return "file not found: " + f.getFile();
        if (e instanceof AccessDeniedException f) return "permission denied: " + f.getFile();
        if (e instanceof InvalidInputException iie) return iie.getMessage();
        if (e instanceof IOException io) return "could not read or write the file: " + (io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage());
        if (e instanceof OutOfMemoryError) return "out of memory — start the workbench with more heap (-Xmx)";
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
