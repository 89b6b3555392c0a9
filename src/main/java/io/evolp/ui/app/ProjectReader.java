package io.evolp.ui.app;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.io.InputFiles;
import io.evolp.io.InputLimits;
import io.evolp.io.Json;
import io.evolp.task.ProgressMonitor;
import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.ModelEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.SessionEntry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a project file ({@link ProjectStore}) element by element with a streaming parser, so one
 * bad entry — or a file cut off half way — costs only that entry: everything before it still
 * loads, and every problem names the file, line and column of the entry. Call off the FX thread.
 */
public final class ProjectReader {

    /** Reads one value at a time from a parser positioned inside the file (so: no trailing-token check). */
    private static final com.fasterxml.jackson.databind.ObjectReader TREE = Json.mapper().reader()
            .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path file;
    private final String name;
    private final ProgressMonitor pm;
    private final List<InputProblem> problems = new ArrayList<>();
    private final Map<String, String> viewSettings = new LinkedHashMap<>();
    private final List<String> sources = new ArrayList<>();
    private final List<ModelEntry> models = new ArrayList<>();
    private final List<SessionEntry> sessions = new ArrayList<>();
    private final List<ProjectEntries.PendingPredictor> predictors = new ArrayList<>();
    private final List<DatasetEntry> datasets = new ArrayList<>();

    private final OutsidePaths outside;

    private ProjectReader(Path file, ProgressMonitor pm, boolean allowOutside) {
        this.outside = new OutsidePaths(file, allowOutside);
        this.file = file;
        this.name = file.toString();
        this.pm = pm == null ? ProgressMonitor.NONE : pm;
    }

    /**
     * @throws InvalidInputException when the file is not a project at all (not JSON, no type marker,
     *                               a newer format) — then nothing can be loaded
     */
    public static ProjectLoad read(Path file, ProgressMonitor pm) throws IOException {
        return read(file, pm, false);
    }

    /**
     * @param allowOutside read dataset files outside the project's folder too (the user confirmed);
     *                     else they are skipped, reported, and listed in {@link ProjectLoad#outside()}
     */
    public static ProjectLoad read(Path file, ProgressMonitor pm, boolean allowOutside) throws IOException {
        return new ProjectReader(file, pm, allowOutside).read();
    }

    private ProjectLoad read() throws IOException {
        String text = InputFiles.readText(file, InputLimits.maxJsonBytes(), "project file"); // bounded, located non-UTF-8
        try (JsonParser p = Json.mapper().createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidInputException(problem(p.currentTokenLocation(), "not a project file: expected a JSON object"));
            }
            readFields(p);
        } catch (JsonProcessingException e) {
            if (!typeChecked) throw new InvalidInputException(problem(e.getLocation(), "not a project file: " + e.getOriginalMessage()));
            problems.add(problem(e.getLocation(), "the project file is damaged or cut off here (" + e.getOriginalMessage()
                    + "); everything before this point was loaded"));
        }
        if (!typeChecked) throw new InvalidInputException(problem(null, "not a project file: no \"type\": \"" + ProjectStore.TYPE + "\""));
        pm.progress(1, 2, "evaluating predictors");
        ProjectEntries.Resolved resolved = ProjectEntries.resolvePredictors(predictors, datasets, name, pm);
        problems.addAll(resolved.problems());
        ProjectSnapshot s = new ProjectSnapshot(datasets, resolved.entries(), sessions, models,
                withDefaults(sources), viewSettings);
        return new ProjectLoad(s, problems, outside.refused());
    }

    private boolean typeChecked;

    /** The simulated profiles are always offered (they cannot be removed); saved sources follow. */
    private static List<String> withDefaults(List<String> saved) {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(io.evolp.ui.workspace.Workspace.DEFAULT_SOURCES);
        all.addAll(saved);
        return List.copyOf(all);
    }

    private void readFields(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonLocation at = p.currentTokenLocation();
            p.nextToken();
            pm.checkCancelled();
            switch (field) {
                case "type" -> {
                    if (!ProjectStore.TYPE.equals(p.getValueAsString())) {
                        throw new InvalidInputException(problem(at, "not a project file: type is '" + p.getText() + "'"));
                    }
                    typeChecked = true;
                }
                case "format" -> {
                    if (p.getValueAsInt(-1) > ProjectStore.FORMAT) {
                        throw new InvalidInputException(problem(at, "project format " + p.getText()
                                + " is newer than this version reads (" + ProjectStore.FORMAT + "); update EvoLP Workbench"));
                    }
                }
                case "view_settings" -> {
                    JsonNode vs = TREE.readTree(p);
                    vs.fields().forEachRemaining(e -> viewSettings.put(e.getKey(), e.getValue().asText()));
                }
                case "sources" -> {
                    JsonNode list = TREE.readTree(p);
                    for (JsonNode s : list) sources.add(s.asText());
                }
                case "models" -> elements(p, "model", n -> models.add(ProjectEntries.model(n, name)));
                case "sessions" -> elements(p, "session", n -> sessions.add(ProjectEntries.session(n)));
                case "predictors" -> elements(p, "predictor", n -> predictors.add(ProjectEntries.predictor(n, name)));
                case "datasets" -> elements(p, "dataset", n -> datasets.add(ProjectEntries.dataset(n, file, pm, outside)));
                default -> p.skipChildren();
            }
        }
    }

    private interface Decoder {
        void accept(JsonNode node) throws IOException;
    }

    /** Each array element read and decoded on its own; a bad one becomes a located problem. */
    private void elements(JsonParser p, String what, Decoder decoder) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            problems.add(problem(p.currentTokenLocation(), "expected a list of " + what + "s"));
            p.skipChildren();
            return;
        }
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation at = p.currentTokenLocation();
            JsonNode node = TREE.readTree(p);
            index++;
            try {
                decoder.accept(node);
            } catch (IOException | RuntimeException e) {
                String label = node.path("name").isTextual() ? " '" + node.get("name").asText() + "'" : " " + index;
                problems.add(problem(at, what + label + " could not be loaded: " + io.evolp.ui.common.Messages.oneLine(e)));
            }
        }
    }

    private InputProblem problem(JsonLocation at, String message) {
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int col = at == null ? 0 : Math.max(0, at.getColumnNr());
        return new InputProblem(name, line, col, null, message);
    }
}
