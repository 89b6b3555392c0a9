package io.evolp.io.session;

import io.evolp.io.AtomicFiles;
import io.evolp.io.FormatShapes;
import io.evolp.io.JsonFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/** Reads and writes {@link SessionFile}s; the text form is what a project keeps too. */
public final class SessionFiles {

    private SessionFiles() {
    }

    public static <R> R read(Path file, Function<SessionFile, R> mapper) throws IOException {
        return JsonFiles.read(file, SessionFile.class, FormatShapes.SESSION, "session", mapper);
    }

    /** A session kept as text (an entry of a project file); {@code name} is used in messages. */
    public static SessionFile parse(String text, String name) {
        return JsonFiles.parse(text, name, SessionFile.class, FormatShapes.SESSION, "session", f -> f);
    }

    /** The text form a project keeps. */
    public static String text(SessionFile dto) {
        return JsonFiles.pretty(dto);
    }

    /** Pretty-printed with a final newline, written atomically. */
    public static void write(Path file, SessionFile dto) throws IOException {
        AtomicFiles.writeString(file, JsonFiles.pretty(dto) + "\n");
    }
}
