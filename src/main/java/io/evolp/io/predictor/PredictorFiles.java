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

    public static void write(Path file, PredictorFile dto) throws IOException {
        JsonFiles.write(file, dto);
    }
}
