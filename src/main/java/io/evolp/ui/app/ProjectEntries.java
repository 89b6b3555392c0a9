package io.evolp.ui.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.compress.SessionJson;
import io.evolp.core.InputProblem;
import io.evolp.core.LayerDataset;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetLoadResult;
import io.evolp.io.ModelJson;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.PredictorStore;
import io.evolp.predict.eval.EvaluationReport;
import io.evolp.predict.eval.Evaluator;
import io.evolp.task.ProgressMonitor;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.ModelEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.SessionEntry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Decoding of the single entries of a project file (see {@link ProjectStore} for the layout). */
final class ProjectEntries {

    /** A predictor read from the file whose evaluation still has to be recomputed. */
    record PendingPredictor(String name, String datasetName, double testFraction, long seed,
                            LatencyPredictor predictor, int[] testRows) {
    }

    record Resolved(List<PredictorEntry> entries, List<InputProblem> problems) {
    }

    private ProjectEntries() {
    }

    static ModelEntry model(JsonNode n, String projectName) {
        JsonNode m = required(n, "model");
        Path source = n.hasNonNull("path") ? Path.of(n.get("path").asText()) : null;
        return new ModelEntry(text(n, "name"), source, ModelJson.parse(m.toString(), projectName, 1));
    }

    static SessionEntry session(JsonNode n) {
        JsonNode s = required(n, "session");
        if (!s.isObject()) throw new IllegalArgumentException("\"session\" must be an object");
        io.evolp.io.session.SessionFile file = io.evolp.io.JsonFiles.bind(s, io.evolp.io.session.SessionFile.class);
        SessionJson.read(file); // refuse a session the Compression screen could not show
        return new SessionEntry(text(n, "name"), file);
    }

    static PendingPredictor predictor(JsonNode n, String projectName) {
        LatencyPredictor p = PredictorStore.fromFile(io.evolp.io.JsonFiles.bind(required(n, "predictor"), io.evolp.io.predictor.PredictorFile.class), projectName);
        int[] rows = null;
        if (n.path("test_rows").isArray()) {
            JsonNode a = n.get("test_rows");
            rows = new int[a.size()];
            for (int i = 0; i < rows.length; i++) rows[i] = a.get(i).asInt();
        }
        return new PendingPredictor(text(n, "name"), n.hasNonNull("dataset") ? n.get("dataset").asText() : null,
                n.path("test_fraction").asDouble(0), n.path("seed").asLong(0), p, rows);
    }

    /** Embedded rows when present; else the CSV, relative to the project first, then by absolute path. */
    static DatasetEntry dataset(JsonNode n, Path projectFile, ProgressMonitor pm, OutsidePaths outside) throws IOException {
        String name = text(n, "name");
        Path relative = n.hasNonNull("path") ? resolve(projectFile, n.get("path").asText()) : null;
        Path absolute = n.hasNonNull("absolute_path") ? Path.of(n.get("absolute_path").asText()) : null;
        Path source = relative != null ? relative : absolute;
        if (n.hasNonNull("embedded")) {
            LayerDataset ds = DatasetJson.fromColumns(n.get("embedded"));
            List<InputProblem> problems = DatasetJson.readProblems(n.path("problems"));
            int total = Math.max(problems.size(), n.path("total_problems").asInt(problems.size()));
            return new DatasetEntry(name, source, ds, problems, total);
        }
        Set<Path> tried = new LinkedHashSet<>();
        for (Path candidate : new Path[]{relative, absolute}) {
            if (candidate == null) continue;
            tried.add(candidate);
            if (Files.exists(candidate) && !outside.mayRead(candidate)) {
                throw new IllegalArgumentException("its CSV " + candidate + " lies outside the project's folder and"
                        + " was not read without your confirmation");
            }
            if (Files.isRegularFile(candidate)) {
                pm.progress(-1, 0, "reading " + candidate.getFileName());
                String device = n.hasNonNull("device") ? n.get("device").asText() : null;
                DatasetLoadResult r = DatasetCsvReader.read(candidate, device);
                return new DatasetEntry(name, candidate, r.dataset(), r.problems(), r.totalProblems());
            }
        }
        throw new IllegalArgumentException("its CSV was not found (tried " + String.join(" and ",
                tried.stream().map(Path::toString).toList()) + ") and its " + n.path("rows").asInt()
                + " rows were not embedded in the project (only datasets of at most " + ProjectStore.EMBED_MAX_ROWS
                + " rows are); put the CSV back or import it again");
    }

    static Resolved resolvePredictors(List<PendingPredictor> pending, List<DatasetEntry> datasets, String projectName,
                                      ProgressMonitor pm) {
        List<PredictorEntry> out = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (PendingPredictor p : pending) {
            pm.checkCancelled();
            EvaluationReport report = null;
            if (p.testRows() != null) {
                LayerDataset ds = datasets.stream().filter(d -> d.name().equals(p.datasetName()))
                        .map(DatasetEntry::dataset).findFirst().orElse(null);
                if (ds == null) {
                    problems.add(new InputProblem(projectName, 0, 0, null, "predictor '" + p.name() + "': its dataset '"
                            + p.datasetName() + "' is not loaded, so its accuracy is not shown"));
                } else if (!inRange(p.testRows(), ds.size())) {
                    problems.add(new InputProblem(projectName, 0, 0, null, "predictor '" + p.name() + "': dataset '"
                            + p.datasetName() + "' has changed since the project was saved (" + ds.size()
                            + " rows); accuracy not shown — evaluate it again"));
                } else {
                    report = Evaluator.evaluate(p.predictor(), ds, p.testRows());
                }
            }
            out.add(new PredictorEntry(p.name(), p.predictor(), p.datasetName(), p.testFraction(), p.seed(), report));
        }
        return new Resolved(out, problems);
    }

    private static boolean inRange(int[] rows, int size) {
        for (int r : rows) if (r < 0 || r >= size) return false;
        return true;
    }

    private static Path resolve(Path projectFile, String path) {
        Path p = Path.of(path);
        if (p.isAbsolute()) return p;
        Path dir = projectFile.toAbsolutePath().getParent();
        return dir == null ? p : dir.resolve(p).normalize();
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) throw new IllegalArgumentException("missing \"" + field + "\"");
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) throw new IllegalArgumentException("missing \"" + field + "\"");
        return v.asText();
    }
}
