package io.evolp.evolve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.io.AtomicFiles;
import io.evolp.io.Json;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.PredictorStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * File form of an {@link EvolvingPredictor}:
 * <pre>
 * {"format":1, "kind":"evolving", "correction":{"kind":"robust","window":20,"points":[]},
 *  "min_family_points":3, "base":{…a predictor file…},
 *  "history":[{"family":"vgg16","model":"vgg16[…]","raw_ms":…,"measured_ms":…,"spread_ms":…,
 *              "noise_sd_ms":…, "source":"simulated:tx2","simulated":true,"timestamp":"2026-…Z"}, …]}
 * </pre>
 * The corrections are not stored: they are refitted from the history on load, so the file has one
 * source of truth and a reloaded predictor gives the same predictions.
 */
public final class EvolvingPredictorJson {

    public static final String KIND = "evolving";
    public static final int FORMAT = 1;

    private EvolvingPredictorJson() {
    }

    public static ObjectNode toJson(EvolvingPredictor p) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("format", FORMAT);
        o.put("kind", KIND);
        o.set("correction", CorrectionJson.write(p.corrections().prototype()));
        o.put("min_family_points", p.corrections().minFamilyPoints());
        o.set("base", PredictorStore.toJson(p.base()));
        ArrayNode h = o.putArray("history");
        for (MeasuredPair m : p.history()) {
            ObjectNode e = h.addObject();
            e.put("family", m.family());
            e.put("model", m.model());
            e.put("raw_ms", m.rawMs());
            e.put("measured_ms", m.measuredMs());
            e.put("spread_ms", m.spreadMs());
            if (Double.isFinite(m.noiseSdMs())) e.put("noise_sd_ms", m.noiseSdMs());
            e.put("source", m.source());
            e.put("simulated", m.simulated());
            if (m.timestamp() != null) e.put("timestamp", m.timestamp().toString());
        }
        return o;
    }

    /** @throws InvalidInputException naming the file and the field that is wrong */
    public static EvolvingPredictor fromJson(JsonNode o, String fileName) {
        try {
            int format = o.path("format").asInt(-1);
            if (format < 1 || format > FORMAT) {
                throw new IllegalArgumentException("unsupported evolving-predictor format " + o.path("format")
                        + " (this program reads up to " + FORMAT + ")");
            }
            LatencyPredictor base = PredictorStore.fromJson(o.path("base"), fileName);
            Correction prototype = CorrectionJson.read(o.get("correction"));
            int minFamily = o.path("min_family_points").asInt(FamilyCorrections.defaultMinFamilyPoints(prototype));
            JsonNode history = o.path("history");
            List<MeasuredPair> pairs = new ArrayList<>(history.size());
            for (int i = 0; i < history.size(); i++) pairs.add(pair(history.get(i), i));
            return EvolvingPredictor.of(base, prototype, minFamily, pairs); // one fit per family: linear
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(new InputProblem(fileName, 0, 0, null, e.getMessage()));
        }
    }

    private static MeasuredPair pair(JsonNode e, int i) {
        double raw = e.path("raw_ms").asDouble(Double.NaN);
        double measured = e.path("measured_ms").asDouble(Double.NaN);
        if (!(raw > 0) || !(measured > 0) || !Double.isFinite(raw) || !Double.isFinite(measured)) {
            throw new IllegalArgumentException("history[" + i + "] needs positive raw_ms and measured_ms");
        }
        String ts = e.path("timestamp").asText(null);
        return new MeasuredPair(e.path("family").asText("model"), e.path("model").asText(""), raw, measured,
                e.path("spread_ms").asDouble(0), e.path("source").asText("unknown"), e.path("simulated").asBoolean(false),
                ts == null ? null : Instant.parse(ts), e.path("noise_sd_ms").asDouble(Double.NaN));
    }

    public static void save(EvolvingPredictor p, Path file) throws IOException {
        AtomicFiles.write(file, out -> Json.mapper().writerWithDefaultPrettyPrinter().writeValue(out, toJson(p)));
    }

    /** True when the file is an evolving predictor (as opposed to a plain layer predictor). */
    public static boolean isEvolving(JsonNode root) {
        return root != null && KIND.equals(root.path("kind").asText());
    }

    /** Reads a predictor file of either kind; a plain predictor becomes an evolving one with no history. */
    public static EvolvingPredictor load(Path file, String defaultCorrection) throws IOException {
        JsonNode root = readTree(file);
        if (isEvolving(root)) return fromJson(root, file.toString());
        return EvolvingPredictor.start(PredictorStore.load(file), defaultCorrection); // located errors
    }

    /** Parses a JSON file, turning syntax errors into located problems. */
    public static JsonNode readTree(Path file) throws IOException {
        try {
            String text = io.evolp.io.InputFiles.readJson(file); // bounded, strict UTF-8 (issue 11)
            JsonNode n = Json.mapper().readTree(text);
            if (n == null || !n.isObject()) {
                throw new InvalidInputException(new InputProblem(file.toString(), 1, 1, null, "expected a JSON object"));
            }
            io.evolp.io.FormatShapes.PREDICTOR.check(n, file.toString(), text, 1); // strict fields, sane numbers (issue 11)
            return n;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InvalidInputException(new InputProblem(file.toString(), loc == null ? 0 : loc.getLineNr(),
                    loc == null ? 0 : loc.getColumnNr(), null, e.getOriginalMessage()));
        }
    }
}
