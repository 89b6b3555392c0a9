package io.evolp.ui.compression;

import io.evolp.ui.common.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;

/** File reading inside background work (which may not throw checked exceptions), and its messages. */
final class Unchecked {

    interface IoSupplier<T> {
        T get() throws IOException;
    }

    interface IoRunnable {
        void run() throws IOException;
    }

    private Unchecked() {
    }

    static <T> T io(IoSupplier<T> s) {
        try {
            return s.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Void io(IoRunnable r) {
        try {
            r.run();
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one-line message of a failure, looking through the wrappers background work adds. */
    static String message(Throwable e) {
        Throwable t = e;
        while ((t instanceof UncheckedIOException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return Messages.oneLine(t);
    }
}
