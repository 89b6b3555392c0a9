package io.evolp.io.importance;

import io.evolp.io.FormatShapes;
import io.evolp.io.JsonFiles;

import java.util.function.Function;

/**
 * A channel-importance (BN γ) JSON file: {@code {"arch": "vgg16", "gammas": {"conv1_1": [0.91, …], …}}}.
 * A model file carrying gammas is one too (its other fields are ignored here). The two fields are
 * bound loosely ({@code arch} any value, {@code gammas} maps, lists and numbers) because the
 * importance reader words every type problem in terms of layers and channels.
 */
public record ImportanceFile(Object arch, Object gammas) {

    /** Parses, checks the field names ({@link FormatShapes#IMPORTANCE}), binds and maps; problems located. */
    public static <R> R parse(String text, String fileName, Function<ImportanceFile, R> mapper) {
        return JsonFiles.parse(text, fileName, ImportanceFile.class, FormatShapes.IMPORTANCE, "importance", mapper);
    }
}
