package io.evolp.io.prefs;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.evolp.io.AtomicFiles;
import io.evolp.io.Json;
import io.evolp.io.JsonFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The workbench's preferences file: {@code {"format":1, "window":{x, y, width, height, maximized},
 * "theme":"light", "recent":[paths…], "dividers":{name: position}, "zoom":1.25}}. {@code zoom} (the text
 * zoom factor, 1 = the themes' size) came later: files without it read as null, which means 1. Read leniently — a missing or
 * unreadable file is no file ({@link #read} gives null) because preferences are never worth an
 * error at start-up.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PreferencesFile(Integer format, Window window, String theme, List<String> recent,
                              Map<String, Double> dividers, Double zoom) {

    /** A file without a zoom (as written before the text zoom existed). */
    public PreferencesFile(Integer format, Window window, String theme, List<String> recent, Map<String, Double> dividers) {
        this(format, window, theme, recent, dividers, null);
    }

    public record Window(Double x, Double y, Double width, Double height, Boolean maximized) {
    }

    /** The file's content, or null when it is missing, unreadable or not a preferences object. */
    public static PreferencesFile read(Path file) {
        try {
            if (!Files.isRegularFile(file)) return null;
            return Json.mapper().readValue(Files.readString(file), PreferencesFile.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes the file atomically, pretty-printed with a final newline. */
    public void write(Path file) throws IOException {
        AtomicFiles.writeString(file, JsonFiles.pretty(this) + "\n");
    }
}
