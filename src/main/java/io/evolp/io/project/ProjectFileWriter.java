package io.evolp.io.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.evolp.io.AtomicFiles;
import io.evolp.io.Json;

import java.io.IOException;
import java.nio.file.Path;

/** Writes {@link ProjectFile.Contents} by data binding, atomically (temp file + move). */
public final class ProjectFileWriter {

    private ProjectFileWriter() {
    }

    /** Compact, as the workbench has always written projects (they embed datasets; size matters). */
    public static void save(ProjectFile.Contents contents, Path file) throws IOException {
        AtomicFiles.write(file, out -> Json.mapper().writeValue(out, contents));
    }

    public static String toText(ProjectFile.Contents contents) {
        return json(contents);
    }

    /**
     * Any value made of records, maps, lists, strings and numbers as one line of JSON — the command
     * line's {@code project show --json} builds its answer from plain maps and prints it with this.
     */
    public static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
