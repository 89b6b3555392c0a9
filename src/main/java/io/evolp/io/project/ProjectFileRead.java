package io.evolp.io.project;

import io.evolp.core.InputProblem;

import java.util.List;
import java.util.Map;

/**
 * What {@link ProjectFileReader} got out of a project file: every section and entry that bound,
 * each entry located; the entries that did not bind as located problems; and, when the file is
 * damaged (cut off, not JSON from some point on), the located {@code damage} — everything listed
 * here precedes it.
 */
public record ProjectFileRead(Map<String, String> viewSettings, List<String> sources,
                              List<Located<ProjectFile.Model>> models, List<Located<ProjectFile.Session>> sessions,
                              List<Located<ProjectFile.Predictor>> predictors, List<Located<ProjectFile.Dataset>> datasets,
                              List<InputProblem> problems, InputProblem damage) {

    public ProjectFileRead {
        viewSettings = Map.copyOf(viewSettings);
        sources = List.copyOf(sources);
        models = List.copyOf(models);
        sessions = List.copyOf(sessions);
        predictors = List.copyOf(predictors);
        datasets = List.copyOf(datasets);
        problems = List.copyOf(problems);
    }
}
