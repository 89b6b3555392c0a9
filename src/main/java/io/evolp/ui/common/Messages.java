package io.evolp.ui.common;

import io.evolp.core.InvalidInputException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns exceptions into the one-line messages users see (never a stack trace). */
public final class Messages {

    private Messages() {
    }

    /** The one line for a failed background job, looking through the wrappers futures add. */
    public static String ofFailure(Throwable e) {
        return oneLine(io.evolp.task.TaskHandle.unwrap(e));
    }

    /** One line, library internals cut and control characters from the input escaped. */
    public static String oneLine(Throwable e) {
        return io.evolp.core.SafeText.escape(raw(e));
    }

    private static String raw(Throwable e) {
        String json = io.evolp.io.JsonErrors.describeOrNull(e);
        if (json != null) return json;
        if (e instanceof NoSuchFileException f) return "file not found: " + f.getFile();
        if (e instanceof AccessDeniedException f) return "permission denied: " + f.getFile();
        if (e instanceof InvalidInputException iie) return iie.getMessage();
        if (e instanceof IOException ioe) return "could not read or write the file: " + (ioe.getMessage() == null ? ioe.getClass().getSimpleName() : io.evolp.io.JsonErrors.strip(ioe.getMessage()));
        if (e instanceof OutOfMemoryError) return "out of memory — start the workbench with more heap (-Xmx)";
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : io.evolp.io.JsonErrors.strip(m);
    }
}
