package io.evolp.ui.app;

import io.evolp.ui.common.Messages;

import java.io.IOException;

/**
 * Background work here reads and writes files; {@link io.evolp.ui.common.BackgroundTasks} takes
 * unchecked work, so an {@link IOException} is carried as an unchecked exception whose message is
 * already the one line the user should read ("file not found: …").
 */
final class Io {

    interface IoSupplier<T> {
        T get() throws IOException;
    }

    static final class FileProblem extends RuntimeException {
        FileProblem(IOException cause) {
            super(Messages.oneLine(cause), cause);
        }
    }

    private Io() {
    }

    static <T> T unchecked(IoSupplier<T> work) {
        try {
            return work.get();
        } catch (IOException e) {
            throw new FileProblem(e);
        }
    }
}
