package io.evolp.io.predictor;

import io.evolp.io.FormatShapes;
import io.evolp.io.JsonFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/** Reads and writes {@link PredictorFile}s strictly ({@link FormatShapes#PREDICTOR}), errors located. */
public final class PredictorFiles {

    private PredictorFiles() {
    }

    public static <R> R read(Path file, Function<PredictorFile, R> mapper) throws IOException {
        return JsonFiles.read(file, PredictorFile.class, FormatShapes.PREDICTOR, "predictor", mapper);
    }

    /** A predictor kept as text (embedded in a project), as strictly as a file; {@code name} is used in messages. */
    public static <R> R parse(String text, String name, Function<PredictorFile, R> mapper) {
        return JsonFiles.parse(text, name, PredictorFile.class, FormatShapes.PREDICTOR, "predictor", mapper);
    }

    /** Compact JSON text of {@code dto}, the form a project embeds. */
    public static String text(PredictorFile dto) {
        return io.evolp.io.JsonOut.line(dto);
    }

    public static void write(Path file, PredictorFile dto) throws IOException {
        JsonFiles.write(file, dto);
    }
}
