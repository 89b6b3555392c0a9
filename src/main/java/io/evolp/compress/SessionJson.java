package io.evolp.compress;

import io.evolp.core.InvalidInputException;
import io.evolp.core.ModelSpec;
import io.evolp.io.FieldProblem;
import io.evolp.io.ModelJson;
import io.evolp.io.RawJson;
import io.evolp.io.evolve.EvolvingFile;
import io.evolp.io.session.SessionFile;
import io.evolp.io.session.SessionFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Session files ↔ {@link SessionRecord} ({@code "format": 2}; format 1 files — without the estimate
 * fields and the state — still load: each step then stands alone, and the state is derived from the
 * reason). The shape is documented on {@link SessionFile}; steps are mapped by {@link SessionSteps}.
 * Non-finite numbers (a correction parameter without residual degrees of freedom) are written as
 * {@code null} and read back as NaN. Doubles are written in round-trip form, so a saved and
 * reloaded session has bit-identical steps.
 */
public final class SessionJson {

    public static final int FORMAT = 2;

    private SessionJson() {
    }

    /** The session's file form; {@code predictorOrNull} is embedded under "predictor" when given. */
    public static SessionFile write(CompressionSession session, EvolvingFile predictorOrNull) {
        SessionResult r = session.result();
        return write(new SessionRecord(session.settings(), r.steps(), r.finished(), r.reason(), r, predictorOrNull));
    }

    public static SessionFile write(SessionRecord rec) {
        List<SessionFile.Step> steps = new ArrayList<>();
        for (SessionStep s : rec.steps()) steps.add(SessionSteps.write(s, true));
        SessionResult r = rec.result();
        SessionFile.Result result = new SessionFile.Result(r.widths(), r.predictedMs(), r.measuredMs(), r.withinWindow(),
                r.state().name(), r.measurements(), null, r.reason(), r.chosenStep());
        return new SessionFile(FORMAT, settings(rec.settings()), steps,
                new SessionFile.State(rec.finished(), r.state().name(), rec.reason()), result, rec.predictor());
    }

    /** Writes the session atomically (pretty-printed). */
    public static void save(Path file, CompressionSession session, EvolvingFile predictorOrNull) throws IOException {
        SessionFiles.write(file, write(session, predictorOrNull));
    }

    /** @throws InvalidInputException naming the file, line, column and the field that is missing or wrong */
    public static SessionRecord load(Path file) throws IOException {
        return SessionFiles.read(file, SessionJson::map);
    }

    /** The file's form (what a project keeps), after checking that it maps to a session. */
    public static SessionFile loadFile(Path file) throws IOException {
        return SessionFiles.read(file, f -> {
            map(f);
            return f;
        });
    }

    /** A session kept as JSON text (embedded in a project), read as strictly as a session file. */
    public static SessionRecord readText(String json) {
        return map(SessionFiles.parse(json, "session"));
    }

    /** @throws IllegalArgumentException naming the field that is missing or wrong */
    public static SessionRecord read(SessionFile root) {
        try {
            return map(root);
        } catch (FieldProblem e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** @throws FieldProblem at the field that is missing or wrong */
    static SessionRecord map(SessionFile root) {
        Need n = new Need("");
        if (root == null) throw n.fail("a session must be a JSON object");
        int format = (int) n.num(root.format() == null ? null : root.format().doubleValue(), "format");
        if (format > FORMAT) throw n.fail("session format " + format + " is newer than this program (" + FORMAT + ")");
        SessionSettings settings = readSettings(n.obj(root.settings(), "settings"), n.at("settings"));
        List<SessionStep> steps = new ArrayList<>();
        List<SessionFile.Step> stored = n.arr(root.steps(), "steps");
        for (int i = 0; i < stored.size(); i++) steps.add(SessionSteps.read(stored.get(i), n.at("steps").at(i)));
        SessionFile.State state = n.obj(root.state(), "state");
        Need sn = n.at("state");
        boolean finished = sn.bool(state.finished(), "finished");
        String reason = sn.text(state.reason(), "reason");
        SessionFile.Result r = n.obj(root.result(), "result");
        Need rn = n.at("result");
        boolean within = rn.bool(r.withinWindow(), "within_window");
        SessionState st;
        try {
            st = SessionSteps.state(state.state() == null ? "" : state.state(), finished, within, reason);
        } catch (IllegalArgumentException e) {
            throw sn.at("state").fail(e.getMessage());
        }
        SessionResult result = new SessionResult(rn.arr(r.widths(), "widths"), rn.num(r.predictedMs(), "predicted_ms"),
                r.measuredMs(), within, (int) rn.num(toDouble(r.measurements()), "measurements"), steps,
                (int) rn.num(toDouble(r.chosenStep()), "chosen_step"), finished, st, reason);
        return new SessionRecord(settings, steps, finished, reason, result, root.predictor());
    }

    static SessionFile.Settings settings(SessionSettings s) {
        BudgetSearch.Options o = s.search();
        return new SessionFile.Settings(new RawJson(ModelJson.toJson(s.model())), s.importance(), s.searchMode(),
                s.budgetMs(), s.correction(), s.device(), s.simulatedDevice(), s.maxMeasurements(),
                List.of(o.windowLow(), o.windowHigh()), o.maxRatio(), o.resolution(), o.aimCentre());
    }

    static SessionSettings readSettings(SessionFile.Settings o, Need n) {
        ModelSpec model;
        try {
            model = ModelJson.parse(n.obj(o.model(), "model").text(), "session settings.model", 1);
        } catch (InvalidInputException e) {
            throw n.at("model").fail(e.getMessage());
        }
        List<Double> w = n.arr(o.window(), "window");
        if (w.size() != 2 || w.get(0) == null || w.get(1) == null) throw n.at("window").fail("\"window\" must be [low, high]");
        BudgetSearch.Options opts;
        try {
            opts = new BudgetSearch.Options(w.get(0), w.get(1), n.num(o.maxRatio(), "max_ratio"),
                    n.num(o.resolution(), "resolution"), o.aimCentre() == null || o.aimCentre());
            return new SessionSettings(model, n.text(o.importance(), "importance"), n.text(o.searchMode(), "search_mode"),
                    n.num(o.budgetMs(), "budget_ms"), n.text(o.correction(), "correction"), n.text(o.device(), "device"),
                    n.bool(o.simulatedDevice(), "simulated_device"),
                    (int) n.num(toDouble(o.maxMeasurements()), "max_measurements"), opts);
        } catch (IllegalArgumentException e) {
            throw n.fail(e.getMessage());
        }
    }

    private static Double toDouble(Integer v) {
        return v == null ? null : v.doubleValue();
    }
}
