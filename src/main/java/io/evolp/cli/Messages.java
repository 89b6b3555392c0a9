package io.evolp.cli;

import io.evolp.io.JsonErrors;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Turns a failure into one line in the user's terms: never a library's internals (Jackson's
 * "Source: REDACTED (StreamReadFeature…)", the JDK's "Input length = 1"), never a class name where
 * a sentence can be said.
 */
final class Messages {

    private Messages() {
    }

    static String describe(Throwable ex) {
        if (ex instanceof NoSuchFileException nsf) return "file not found: " + nsf.getFile();
        if (ex instanceof AccessDeniedException ade) return "permission denied: " + ade.getFile();
        if (ex instanceof OutOfMemoryError) {
            return "out of memory — the input is too large for this JVM's heap (give it more with java -Xmx…)";
        }
        if (ex instanceof StackOverflowError) return "the input is nested too deeply to be read";
        String json = JsonErrors.describeOrNull(ex);
        if (json != null) return json;
        if (ex instanceof CharacterCodingException) return "the input is not UTF-8 text (save it as UTF-8)";
        if (ex instanceof FileSystemException fse) {
            String reason = fse.getReason();
            return (fse.getFile() != null ? fse.getFile() + ": " : "") + (reason != null ? reason : "cannot be read");
        }
        if (ex instanceof IOException io) {
            return "I/O error: " + (io.getMessage() == null ? io.getClass().getSimpleName() : stripLibrary(io.getMessage()));
        }
        String msg = ex.getMessage();
        return msg == null || msg.isBlank() ? ex.getClass().getSimpleName() : stripLibrary(msg);
    }

    static String stripLibrary(String msg) {
        return JsonErrors.strip(msg);
    }
}
