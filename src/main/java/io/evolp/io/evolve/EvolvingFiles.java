package io.evolp.io.evolve;

import io.evolp.io.FormatShapes;
import io.evolp.io.InputFiles;
import io.evolp.io.JsonFiles;
import io.evolp.io.predictor.PredictorFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Reads a predictor file that may be plain or evolving ({@code "kind":"evolving"}), strictly and
 * located, and writes evolving-predictor and correction files.
 */
public final class EvolvingFiles {

    public static final String KIND = "evolving";

    private EvolvingFiles() {
    }

    /** Only what decides the format. */
    record Header(String kind) {
    }

    /** Maps the file with {@code evolving} or {@code plain}, whichever its kind calls for. */
    public static <R> R read(Path file, Function<EvolvingFile, R> evolving, Function<PredictorFile, R> plain)
            throws IOException {
        String text = InputFiles.readJson(file);
        String name = file.toString();
        String kind = JsonFiles.parse(text, name, Header.class, FormatShapes.PREDICTOR, "predictor", Header::kind);
        if (KIND.equals(kind)) return JsonFiles.parse(text, name, EvolvingFile.class, null, "predictor", evolving);
        return JsonFiles.parse(text, name, PredictorFile.class, null, "predictor", plain);
    }

    public static void write(Path file, EvolvingFile dto) throws IOException {
        JsonFiles.write(file, dto);
    }

    public static void writeCorrections(Path file, CorrectionFile.Families dto) throws IOException {
        JsonFiles.write(file, dto);
    }

    public static <R> R readCorrections(Path file, Function<CorrectionFile.Families, R> mapper) throws IOException {
        return JsonFiles.read(file, CorrectionFile.Families.class, null, "corrections", mapper);
    }
}
