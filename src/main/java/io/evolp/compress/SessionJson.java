package io.evolp.compress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.ModelSpec;
import io.evolp.evolve.Band;
import io.evolp.io.AtomicFiles;
import io.evolp.io.Json;
import io.evolp.io.ModelJson;
import io.evolp.measure.Measurement;
import io.evolp.measure.RunDetailsJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Session files ({@code "format": 2}; format 1 files — without the estimate fields and the state —
 * still load: each step then stands alone, and the state is derived from the reason):
 * <pre>
 * {"format":1,
 *  "settings":{"model":{…model JSON…}, "importance":"…", "search_mode":"gamma", "budget_ms":40,
 *              "correction":"linear", "device":"simulated:tx2", "simulated_device":true,
 *              "max_measurements":5, "window":[0.97,1.0], "max_ratio":0.96, "resolution":1e-4, "aim_centre":true},
 *  "steps":[{"index":0, "widths":[…], "ratio":…, "kept_ratio":…, "raw_ms":…, "predicted_ms":…,
 *            "band_ms":[lo,hi], "measured_ms":…, "spread_ms":…, "runs":5, "source":"simulated:tx2",
 *            "simulated":true, "note":"", "measured_at":"2024-…Z",
 *            "measurement_details":{min_ms, q1_ms, q3_ms, max_ms, round_medians_ms, facts} (when known),
 *            "correction":{"a":…,"b":…},
 *            "outcome":"IN_WINDOW", "search_steps":14, "probes":[[ratio, predicted_ms], …],
 *            "within_window":false, "kind":"search|repeat|confirm|user", "estimate_ms":…,
 *            "estimate_se_ms":…, "candidate_measurements":2, "verdict":"INSIDE|UNSURE|OUTSIDE"}, …],
 *  "state":{"finished":true, "state":"CONVERGED", "reason":"…"},
 *  "result":{…as SessionResult.toJson() without steps…},
 *  "predictor":{…}}            ← only when the caller embeds one
 * </pre>
 * Non-finite numbers (a correction parameter without residual degrees of freedom) are written as
 * {@code null} and read back as NaN. Jackson writes doubles in shortest round-trip form, so a saved
 * and reloaded session has bit-identical steps.
 */
public final class SessionJson {

    public static final int FORMAT = 2;

    private SessionJson() {
    }

    /**
     * The session as JSON. Saving the predictor is the predictor store's business: pass its JSON
     * (e.g. from {@code PredictorStore.toJson}) to embed it under {@code "predictor"}, or null.
     */
    public static ObjectNode write(CompressionSession session, ObjectNode predictorJsonOrNull) {
        SessionResult r = session.result();
        return write(new SessionRecord(session.settings(), r.steps(), r.finished(), r.reason(), r, predictorJsonOrNull));
    }

    public static ObjectNode write(SessionRecord rec) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("format", FORMAT);
        o.set("settings", settings(rec.settings()));
        ArrayNode steps = o.putArray("steps");
        for (SessionStep s : rec.steps()) steps.add(step(s, true));
        ObjectNode state = o.putObject("state");
        state.put("finished", rec.finished());
        state.put("state", rec.result().state().name());
        state.put("reason", rec.reason());
        ObjectNode result = rec.result().toJson();
        result.remove("steps");
        result.put("chosen_step", rec.result().chosenStep());
        o.set("result", result);
        if (rec.predictor() != null) o.set("predictor", rec.predictor());
        return o;
    }

    /** Writes the session atomically (pretty-printed). */
    public static void save(Path file, CompressionSession session, ObjectNode predictorJsonOrNull) throws IOException {
        String text = Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(write(session, predictorJsonOrNull));
        AtomicFiles.writeString(file, text + "\n");
    }

    /** @throws InvalidInputException naming the file and the field that is missing or wrong */
    public static SessionRecord load(Path file) throws IOException {
        String name = file.toString();
        JsonNode root;
        try {
            String text = io.evolp.io.InputFiles.readJson(file); // bounded, strict UTF-8 (issue 11)
            root = Json.mapper().readTree(text);
            if (root != null) io.evolp.io.FormatShapes.SESSION.check(root, name, text, 1); // strict fields (issue 11)
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw new InvalidInputException(new InputProblem(name, line, 0, null, "invalid JSON: " + e.getOriginalMessage()));
        }
        try {
            return read(root);
        } catch (IllegalArgumentException | InvalidInputException e) {
            throw new InvalidInputException(new InputProblem(name, 0, 0, null, "not a readable session file: " + e.getMessage()));
        }
    }

    /** {@link #read(JsonNode)} from JSON text (a session embedded in a project). */
    public static SessionRecord readText(String json) {
        try {
            return read(Json.mapper().readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("invalid session JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** @throws IllegalArgumentException naming the field that is missing or wrong */
    public static SessionRecord read(JsonNode root) {
        if (root == null || !root.isObject()) throw new IllegalArgumentException("a session must be a JSON object");
        int format = (int) num(root, "format");
        if (format > FORMAT) throw new IllegalArgumentException("session format " + format + " is newer than this program (" + FORMAT + ")");
        SessionSettings settings = readSettings(obj(root, "settings"));
        List<SessionStep> steps = new ArrayList<>();
        for (JsonNode s : arr(root, "steps")) steps.add(readStep(s));
        JsonNode state = obj(root, "state");
        boolean finished = bool(state, "finished");
        String reason = text(state, "reason");
        JsonNode r = obj(root, "result");
        Double measured = r.path("measured_ms").isNumber() ? r.get("measured_ms").doubleValue() : null;
        SessionState st = SessionSteps.state(state.path("state").asText(""), finished, bool(r, "within_window"), reason);
        SessionResult result = new SessionResult(ints(arr(r, "widths")), num(r, "predicted_ms"), measured,
                bool(r, "within_window"), (int) num(r, "measurements"), steps, (int) num(r, "chosen_step"), finished, st, reason);
        JsonNode predictor = root.get("predictor");
        return new SessionRecord(settings, steps, finished, reason, result, predictor == null || predictor.isNull() ? null : predictor);
    }

    static ObjectNode settings(SessionSettings s) {
        ObjectNode o = Json.mapper().createObjectNode();
        try {
            o.set("model", Json.mapper().readTree(ModelJson.toJson(s.model())));
        } catch (IOException e) {
            throw new IllegalStateException(e); // ModelJson always writes valid JSON
        }
        o.put("importance", s.importance());
        o.put("search_mode", s.searchMode());
        o.put("budget_ms", s.budgetMs());
        o.put("correction", s.correction());
        o.put("device", s.device());
        o.put("simulated_device", s.simulatedDevice());
        o.put("max_measurements", s.maxMeasurements());
        o.putArray("window").add(s.search().windowLow()).add(s.search().windowHigh());
        o.put("max_ratio", s.search().maxRatio());
        o.put("resolution", s.search().resolution());
        o.put("aim_centre", s.search().aimCentre());
        return o;
    }

    static SessionSettings readSettings(JsonNode o) {
        ModelSpec model = ModelJson.parse(obj(o, "model").toString(), "session settings.model", 1);
        JsonNode w = arr(o, "window");
        if (w.size() != 2) throw new IllegalArgumentException("\"window\" must be [low, high]");
        BudgetSearch.Options opts = new BudgetSearch.Options(w.get(0).asDouble(), w.get(1).asDouble(),
                num(o, "max_ratio"), num(o, "resolution"), o.path("aim_centre").asBoolean(true));
        return new SessionSettings(model, text(o, "importance"), text(o, "search_mode"), num(o, "budget_ms"),
                text(o, "correction"), text(o, "device"), bool(o, "simulated_device"), (int) num(o, "max_measurements"), opts);
    }

    /** One step; {@code withProbes} false gives the CLI's compact form (the count stays in search_steps). */
    static ObjectNode step(SessionStep s, boolean withProbes) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("index", s.index());
        ArrayNode w = o.putArray("widths");
        s.widths().forEach(w::add);
        o.put("ratio", s.ratio());
        o.put("kept_ratio", s.keptRatio());
        o.put("raw_ms", s.rawMs());
        o.put("predicted_ms", s.predictedMs());
        if (s.band() == null) o.putNull("band_ms");
        else o.putArray("band_ms").add(s.band().low()).add(s.band().high());
        Measurement m = s.measured();
        o.put("measured_ms", m.medianMs());
        o.put("spread_ms", m.spreadMs());
        o.put("runs", m.count());
        o.put("source", m.source());
        o.put("simulated", m.simulated());
        o.put("note", m.note());
        o.put("measured_at", m.timestamp().toString());
        if (m.details() != null) o.set("measurement_details", RunDetailsJson.write(m.details()));
        ObjectNode c = o.putObject("correction");
        s.correction().forEach((k, v) -> putNumber(c, k, v));
        o.put("outcome", s.outcome().name());
        o.put("search_steps", s.searchSteps());
        if (withProbes) {
            ArrayNode p = o.putArray("probes");
            for (BudgetSearch.Probe pr : s.probes()) p.addArray().add(pr.ratio()).add(pr.predictedMs());
        }
        o.put("within_window", s.withinWindow());
        SessionSteps.writeEvidence(o, s);
        return o;
    }

    static SessionStep readStep(JsonNode o) {
        if (!o.isObject()) throw new IllegalArgumentException("each step must be an object");
        Band band = null;
        JsonNode b = o.get("band_ms");
        if (b != null && b.isArray() && b.size() == 2) band = new Band(b.get(0).asDouble(), b.get(1).asDouble());
        Instant at;
        try {
            at = Instant.parse(text(o, "measured_at"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("step \"measured_at\" is not an ISO instant: " + o.get("measured_at"));
        }
        Measurement m = new Measurement(num(o, "measured_ms"), num(o, "spread_ms"), (int) num(o, "runs"), at,
                text(o, "source"), bool(o, "simulated"), o.path("note").asText(""),
                RunDetailsJson.read(o.get("measurement_details")));
        Map<String, Double> correction = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : obj(o, "correction").properties()) {
            correction.put(e.getKey(), e.getValue().isNumber() ? e.getValue().doubleValue() : Double.NaN);
        }
        List<BudgetSearch.Probe> probes = new ArrayList<>();
        for (JsonNode p : arr(o, "probes")) probes.add(new BudgetSearch.Probe(p.get(0).asDouble(), p.get(1).asDouble()));
        BudgetSearch.Outcome outcome;
        try {
            outcome = BudgetSearch.Outcome.valueOf(text(o, "outcome"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown step outcome " + o.get("outcome"));
        }
        SessionStep old = new SessionStep((int) num(o, "index"), ints(arr(o, "widths")), num(o, "ratio"), num(o, "kept_ratio"),
                num(o, "raw_ms"), num(o, "predicted_ms"), band, m, correction, outcome, probes, bool(o, "within_window"));
        return SessionSteps.readEvidence(o, old);
    }

    private static void putNumber(ObjectNode o, String key, Double v) {
        if (v == null || !Double.isFinite(v)) o.putNull(key);
        else o.put(key, v);
    }

    private static List<Integer> ints(JsonNode a) {
        List<Integer> out = new ArrayList<>();
        for (JsonNode n : a) {
            if (!n.canConvertToInt()) throw new IllegalArgumentException("expected integer widths, got " + n);
            out.add(n.intValue());
        }
        return out;
    }

    private static JsonNode obj(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isObject()) throw new IllegalArgumentException("missing object \"" + field + "\"");
        return v;
    }

    private static JsonNode arr(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isArray()) throw new IllegalArgumentException("missing array \"" + field + "\"");
        return v;
    }

    private static double num(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isNumber()) throw new IllegalArgumentException("missing number \"" + field + "\"");
        return v.doubleValue();
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) throw new IllegalArgumentException("missing text \"" + field + "\"");
        return v.textValue();
    }

    private static boolean bool(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || !v.isBoolean()) throw new IllegalArgumentException("missing true/false \"" + field + "\"");
        return v.booleanValue();
    }
}
