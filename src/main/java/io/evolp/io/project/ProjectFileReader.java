package io.evolp.io.project;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.io.Json;
import io.evolp.task.ProgressMonitor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a project file section by section and entry by entry. Each entry is bound to its
 * {@link ProjectFile} record strictly (unknown or missing fields, wrong types refused) on its own,
 * so one bad entry costs only that entry, and a file cut off half way keeps everything before the
 * cut. Every problem names the file, line and column (and the field, where there is one).
 */
public final class ProjectFileReader {

    private final String text;
    private final String name;
    private final ProgressMonitor pm;
    private final StrictBinder binder;
    private final Map<String, String> viewSettings = new LinkedHashMap<>();
    private final List<String> sources = new ArrayList<>();
    private final List<Located<ProjectFile.Model>> models = new ArrayList<>();
    private final List<Located<ProjectFile.Session>> sessions = new ArrayList<>();
    private final List<Located<ProjectFile.Predictor>> predictors = new ArrayList<>();
    private final List<Located<ProjectFile.Dataset>> datasets = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private boolean typeChecked;

    private ProjectFileReader(String text, String name, ProgressMonitor pm) {
        this.text = text;
        this.name = name;
        this.pm = pm == null ? ProgressMonitor.NONE : pm;
        this.binder = new StrictBinder(text, name);
    }

    /**
     * @param name the file as the user named it, for messages
     * @throws InvalidInputException when the text is not a project at all (not a JSON object, no
     *                               {@code "type": "evolp-project"}, a newer format)
     */
    public static ProjectFileRead read(String text, String name, ProgressMonitor pm) {
        return new ProjectFileReader(text, name, pm).read();
    }

    private ProjectFileRead read() {
        InputProblem damage = null;
        try (JsonParser p = Json.mapper().createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidInputException(at(p.currentTokenLocation(), null, "not a project file: expected a JSON object"));
            }
            readFields(p);
            if (p.nextToken() != null) {
                problems.add(at(p.currentTokenLocation(), null, "unexpected content after the end of the project"));
            }
        } catch (JsonProcessingException e) {
            if (!typeChecked) throw new InvalidInputException(at(e.getLocation(), null, "not a project file: " + StrictBinder.clean(e)));
            damage = at(e.getLocation(), null, "the project file is damaged or cut off here (" + StrictBinder.clean(e) + ")");
        } catch (IOException e) {
            throw new InvalidInputException(at(null, null, "cannot read the project: " + e.getMessage()));
        }
        if (!typeChecked) {
            throw new InvalidInputException(at(null, null, "not a project file: no \"type\": \"" + ProjectFile.TYPE + "\""));
        }
        return new ProjectFileRead(viewSettings, sources, models, sessions, predictors, datasets, problems, damage);
    }

    private void readFields(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonLocation at = p.currentTokenLocation();
            p.nextToken();
            pm.checkCancelled();
            if (!typeChecked && !field.equals("type")) {
                throw new InvalidInputException(at(at, field, "not a project file: it must start with \"type\": \""
                        + ProjectFile.TYPE + "\""));
            }
            switch (field) {
                case "type" -> {
                    if (p.currentToken() != JsonToken.VALUE_STRING || !ProjectFile.TYPE.equals(p.getText())) {
                        throw new InvalidInputException(at(at, field, "not a project file: type is '" + p.getText() + "'"));
                    }
                    typeChecked = true;
                }
                case "format" -> {
                    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getIntValue() < 1) {
                        throw new InvalidInputException(at(at, field, "invalid project format '" + p.getText() + "'"));
                    }
                    if (p.getIntValue() > ProjectFile.FORMAT) {
                        throw new InvalidInputException(at(at, field, "project format " + p.getText()
                                + " is newer than this version reads (" + ProjectFile.FORMAT + "); update EvoLP Workbench"));
                    }
                }
                case "view_settings" -> binder.bind(p, new TypeReference<Map<String, String>>() { }, field, problems)
                        .ifPresent(viewSettings::putAll);
                case "sources" -> binder.bind(p, new TypeReference<List<String>>() { }, field, problems)
                        .ifPresent(sources::addAll);
                case "models" -> elements(p, field, ProjectFile.Model.class, models);
                case "sessions" -> elements(p, field, ProjectFile.Session.class, sessions);
                case "predictors" -> elements(p, field, ProjectFile.Predictor.class, predictors);
                case "datasets" -> elements(p, field, ProjectFile.Dataset.class, datasets);
                default -> {
                    problems.add(at(at, field, "unknown field \"" + field + "\" (ignored); expected view_settings,"
                            + " sources, models, sessions, predictors or datasets"));
                    p.skipChildren();
                }
            }
        }
    }

    /** Each element bound on its own; a bad one becomes a located problem and the next is read. */
    private <T> void elements(JsonParser p, String field, Class<T> type, List<Located<T>> into) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            problems.add(at(p.currentTokenLocation(), field, "expected a list of " + field));
            p.skipChildren();
            return;
        }
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            index++;
            pm.checkCancelled();
            JsonLocation start = p.currentTokenLocation();
            int line = start.getLineNr(), column = start.getColumnNr();
            String path = field + "[" + index + "]";
            int found = index;
            binder.bind(p, type, path, problems).ifPresent(v -> into.add(new Located<>(v, line, column, found)));
        }
    }

    private InputProblem at(JsonLocation loc, String field, String message) {
        return StrictBinder.problem(name, loc, field, message);
    }
}
