package io.evolp.predict;

import io.evolp.core.InvalidInputException;
import io.evolp.io.FieldProblem;
import io.evolp.io.JsonFiles;
import io.evolp.io.predictor.PredictorFile;
import io.evolp.io.predictor.PredictorFiles;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Predictor files (DESIGN §3): {@code {"format":2,"kind":"evolp","device":"...", ...kind fields}},
 * bound to {@link PredictorFile} and mapped by {@link PredictorMapper}, written atomically. Doubles
 * are written in Java's round-trip form and read back to the same bits, so a reloaded predictor
 * predicts identically. Unknown fields are refused (io.FormatShapes); a newer format, an unknown
 * kind or a missing/malformed field is an {@link InvalidInputException} naming the file, line and
 * column (and the JSON path).
 */
public final class PredictorStore {

    /**
     * 2: kinds gbt, hybrid and auto; forests on {@link io.evolp.predict.features.LayerFeatures};
     * evolp with a global learner. Format-1 files (evolp, lut, flops, forest) still load.
     */
    public static final int FORMAT = 2;

    private PredictorStore() {
    }

    public static void save(LatencyPredictor p, Path file) throws IOException {
        PredictorFiles.write(file, PredictorMapper.toFile(p));
    }

    public static LatencyPredictor load(Path file) throws IOException {
        return PredictorFiles.read(file, PredictorMapper::fromFile);
    }

    /** The predictor as compact JSON text, for files that embed a predictor (projects). */
    public static String toJsonText(LatencyPredictor p) {
        return PredictorFiles.text(PredictorMapper.toFile(p));
    }

    /**
     * Reads {@link #toJsonText}'s form as strictly as {@link #load} (unknown fields refused); a
     * problem names the JSON path, its line and column count within {@code json}.
     */
    public static LatencyPredictor fromJsonText(String json, String fileName) {
        return PredictorFiles.parse(json, fileName, PredictorMapper::fromFile);
    }

    /**
     * Rebuilds a predictor embedded in another file (evolving predictor, project). Problems are
     * reported with the JSON path but without a line (the embedding file's reader adds it).
     *
     * @param fileName named in error messages (may be null)
     */
    public static LatencyPredictor fromFile(PredictorFile dto, String fileName) {
        try {
            return PredictorMapper.fromFile(dto);
        } catch (FieldProblem e) {
            throw JsonFiles.unlocated(fileName, e);
        }
    }
}
