package io.evolp.predict;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.io.AtomicFiles;
import io.evolp.io.Json;
import io.evolp.io.JsonPositions;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Predictor files (DESIGN §3): {@code {"format":1,"kind":"evolp","device":"...", ...kind fields}},
 * written atomically with the application's mapper. Doubles are written in Java's shortest
 * round-trip form and read back to the same bits, so a reloaded predictor predicts identically.
 * Unknown fields are refused (io.FormatShapes); a newer format, an unknown kind or a missing/malformed field is an
 * {@link InvalidInputException} naming the file, line and column (and the JSON path).
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
        ObjectNode node = toJson(p);
        AtomicFiles.write(file, out -> Json.mapper().writerWithDefaultPrettyPrinter().writeValue(out, node));
    }

    public static LatencyPredictor load(Path file) throws IOException {
        String name = file.toString();
        String text = io.evolp.io.InputFiles.readJson(file); // bounded, located non-UTF-8, BOM dropped (issue 11)
        JsonNode node;
        try {
            node = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            throw new InvalidInputException(new InputProblem(name, loc == null ? 0 : Math.max(loc.getLineNr(), 0),
                    loc == null ? 0 : Math.max(loc.getColumnNr(), 0), null, "invalid JSON: " + e.getOriginalMessage()));
        }
        if (node == null || node.isMissingNode()) {
            throw new InvalidInputException(new InputProblem(name, 1, 1, null, "empty predictor file"));
        }
        io.evolp.io.FormatShapes.PREDICTOR.check(node, name, text, 1); // strict fields and sane numbers (issue 11)
        try {
            return decode(node);
        } catch (JsonFields.BadField e) {
            // A missing field is located at the object that should hold it (its nearest ancestor).
            long[] lc = JsonPositions.of(text).at(e.at.toString());
            throw new InvalidInputException(new InputProblem(name, (int) Math.max(lc[0], 0), (int) Math.max(lc[1], 0),
                    path(e), e.getMessage()));
        }
    }

    /** The predictor as a JSON object, for embedding in other files (evolving predictor, projects). */
    public static ObjectNode toJson(LatencyPredictor p) {
        if (!(p instanceof StoredPredictor stored)) {
            throw new IllegalArgumentException("cannot store predictor of class " + p.getClass().getName());
        }
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("format", FORMAT);
        node.put("kind", p.kind());
        node.put("device", p.device());
        stored.writeTo(node);
        return node;
    }

    /** {@link #toJson} as compact JSON text, for files that embed a predictor (projects). */
    public static String toJsonText(LatencyPredictor p) {
        return toJson(p).toString();
    }

    /**
     * Reads {@link #toJsonText}'s form as strictly as {@link #load} (unknown fields refused); a
     * problem names the JSON path, its line and column count within {@code json}.
     */
    public static LatencyPredictor fromJsonText(String json, String fileName) {
        JsonNode node;
        try {
            node = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(new InputProblem(fileName, 0, 0, null, "invalid JSON: " + e.getOriginalMessage()));
        }
        io.evolp.io.FormatShapes.PREDICTOR.check(node, fileName, json, 1);
        return fromJson(node, fileName);
    }

    /**
     * Rebuilds a predictor from {@link #toJson}'s form. Problems are reported with the JSON path
     * but without a line (a tree has none); {@link #load} adds the position.
     *
     * @param fileName named in error messages (may be null)
     */
    public static LatencyPredictor fromJson(JsonNode node, String fileName) {
        try {
            return decode(node);
        } catch (JsonFields.BadField e) {
            throw new InvalidInputException(new InputProblem(fileName, 0, 0, path(e), e.getMessage()));
        }
    }

    private static String path(JsonFields.BadField e) {
        String p = e.at.toString();
        return p.isEmpty() ? null : p;
    }

    private static LatencyPredictor decode(JsonNode node) {
        return decode(JsonFields.root(node));
    }

    /** Reads a predictor object (top level or nested, e.g. inside auto or hybrid). */
    static LatencyPredictor decode(JsonFields f) {
        int format = f.integer("format");
        if (format > FORMAT) {
            throw f.field("format").fail("predictor format " + format + " is newer than this version supports ("
                    + FORMAT + "); update EvoLP Workbench");
        }
        if (format < 1) throw f.field("format").fail("invalid predictor format " + format);
        String kind = f.text("kind");
        String device = f.text("device");
        return switch (kind) {
            case EvolpPredictor.KIND -> EvolpPredictor.read(device, f);
            case LutPredictor.KIND -> LutPredictor.read(device, f);
            case FlopsPredictor.KIND -> FlopsPredictor.read(device, f);
            case ForestPredictor.KIND -> ForestPredictor.read(device, f);
            case GbtPredictor.KIND -> GbtPredictor.read(device, f);
            case HybridPredictor.KIND -> HybridPredictor.read(device, f);
            case AutoPredictor.KIND -> AutoPredictor.read(device, f);
            default -> throw f.field("kind").fail("unknown predictor kind '" + kind + "' (expected one of "
                    + String.join(", ", Predictors.kinds()) + ")");
        };
    }
}
