package io.evolp.ui.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.io.AtomicFiles;
import io.evolp.io.Json;
import io.evolp.io.ModelJson;
import io.evolp.predict.PredictorStore;
import io.evolp.predict.eval.Metrics;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.ModelEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.SessionEntry;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Project files: the whole workspace in ONE JSON file, written atomically.
 * <pre>
 * {"type":"evolp-project", "format":1,
 *  "view_settings":{…strings…}, "sources":["simulated:tx2", "replay:/abs/runs.jsonl", …],
 *  "models":[{"name":…, "path":…, "model":{…model JSON…}}],
 *  "sessions":[{"name":…, "session":{…SessionJson…}}],
 *  "predictors":[{"name":…, "dataset":…, "test_fraction":0.2, "seed":1, "predictor":{…PredictorStore…},
 *                 "test_rows":[…], "metrics":{…}}],
 *  "datasets":[{"name":…, "path":"data/x.csv", "absolute_path":"/…/x.csv", "device":…, "rows":…,
 *               "total_problems":…, "problems":[…], "embedded":{…column form…}}]}
 * </pre>
 * Rules: a dataset of at most {@link #EMBED_MAX_ROWS} rows is embedded (so a project survives a
 * moved or edited CSV, and reopens with exactly the rows it had); a larger one is stored by path,
 * relative to the project file when possible, and re-read from the CSV on open. Predictors are
 * embedded with their entry fields; their evaluation is not stored as numbers but as the held-out
 * row indices, and recomputed in the background on open — identical predictions on identical rows
 * give an identical report ("metrics" is written only for people reading the file). Small, cheap
 * sections come first so a truncated file loses as little as possible.
 */
public final class ProjectStore {

    public static final String TYPE = "evolp-project";
    public static final int FORMAT = 1;
    public static final int EMBED_MAX_ROWS = 50_000;
    /** Suggested extension; any .json file with the type marker opens. */
    public static final String EXTENSION = ".evolp.json";

    private ProjectStore() {
    }

    /** Writes the snapshot to {@code file} atomically. Call off the FX thread. */
    public static void save(ProjectSnapshot s, Path file) throws IOException {
        ObjectNode root = toJson(s, file.toAbsolutePath().getParent());
        AtomicFiles.write(file, out -> Json.mapper().writeValue(out, root));
    }

    static ObjectNode toJson(ProjectSnapshot s, Path projectDir) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("type", TYPE);
        root.put("format", FORMAT);
        ObjectNode vs = root.putObject("view_settings");
        s.viewSettings().forEach(vs::put);
        ArrayNode sources = root.putArray("sources");
        s.sources().forEach(sources::add);
        ArrayNode models = root.putArray("models");
        for (ModelEntry m : s.models()) {
            ObjectNode o = models.addObject();
            o.put("name", m.name());
            if (m.source() != null) o.put("path", m.source().toAbsolutePath().toString());
            o.set("model", parse(ModelJson.toJson(m.model())));
        }
        ArrayNode sessions = root.putArray("sessions");
        for (SessionEntry e : s.sessions()) {
            ObjectNode o = sessions.addObject();
            o.put("name", e.name());
            o.set("session", Json.mapper().valueToTree(e.json()));
        }
        ArrayNode predictors = root.putArray("predictors");
        for (PredictorEntry p : s.predictors()) predictors.add(predictor(p));
        ArrayNode datasets = root.putArray("datasets");
        for (DatasetEntry d : s.datasets()) datasets.add(dataset(d, projectDir));
        return root;
    }

    private static ObjectNode predictor(PredictorEntry p) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("name", p.name());
        if (p.datasetName() != null) o.put("dataset", p.datasetName());
        o.put("test_fraction", p.testFraction());
        o.put("seed", p.seed());
        o.set("predictor", Json.mapper().valueToTree(io.evolp.predict.PredictorMapper.toFile(p.predictor())));
        if (p.evaluation() != null) {
            ArrayNode rows = o.putArray("test_rows");
            for (int r : p.evaluation().rows()) rows.add(r);
            Metrics m = p.evaluation().overall();
            ObjectNode mj = o.putObject("metrics");
            mj.put("n", m.n());
            mj.put("rmse_ms", m.rmseMs());
            mj.put("mape", m.mape());
            mj.put("acc5", m.acc5());
            mj.put("acc10", m.acc10());
            mj.put("spearman", m.spearman());
            mj.put("worst", m.worst());
        }
        return o;
    }

    private static ObjectNode dataset(DatasetEntry d, Path projectDir) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("name", d.name());
        if (d.source() != null) {
            Path abs = d.source().toAbsolutePath().normalize();
            o.put("path", relative(abs, projectDir));
            o.put("absolute_path", abs.toString());
        }
        o.put("device", d.device());
        o.put("rows", d.dataset().size());
        o.put("total_problems", d.totalProblems());
        o.set("problems", DatasetJson.problems(d.problems()));
        if (d.dataset().size() <= EMBED_MAX_ROWS || d.source() == null) {
            o.set("embedded", DatasetJson.columns(d.dataset()));
        }
        return o;
    }

    /** Forward slashes, so a project written on Windows opens on Linux and back. */
    static String relative(Path abs, Path projectDir) {
        if (projectDir == null) return abs.toString();
        try {
            return projectDir.toAbsolutePath().normalize().relativize(abs).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) { // another drive on Windows
            return abs.toString();
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode parse(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("model JSON did not parse back: " + e.getMessage(), e);
        }
    }
}
