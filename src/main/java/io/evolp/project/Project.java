package io.evolp.project;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a project holds, immutable: what the workbench has open and what a project file
 * stores. The GUI's workspace is an observable copy of it; the command line reads it directly.
 *
 * @param sources      measurement-source specs ({@code simulated:tx2}, {@code replay:/path/runs.jsonl})
 * @param viewSettings free-form view state of the GUI (selected screen, chart options, …)
 */
public record Project(List<ProjectDataset> datasets, List<ProjectPredictor> predictors, List<ProjectSession> sessions,
                      List<ProjectModel> models, List<String> sources, Map<String, String> viewSettings) {

    /** Measurement sources every project offers: the three simulated device profiles. */
    public static final List<String> DEFAULT_SOURCES = List.of("simulated:tx2", "simulated:nano", "simulated:cpu");

    public Project {
        datasets = List.copyOf(datasets);
        predictors = List.copyOf(predictors);
        sessions = List.copyOf(sessions);
        models = List.copyOf(models);
        sources = List.copyOf(sources);
        viewSettings = Collections.unmodifiableMap(new TreeMap<>(viewSettings));
    }

    public static Project empty() {
        return new Project(List.of(), List.of(), List.of(), List.of(), DEFAULT_SOURCES, Map.of());
    }

    /** The dataset of that name, or null. */
    public ProjectDataset dataset(String name) {
        return datasets.stream().filter(d -> d.name().equals(name)).findFirst().orElse(null);
    }

    /** The simulated profiles are always offered (they cannot be removed); the given sources follow. */
    static List<String> withDefaultSources(List<String> saved) {
        LinkedHashSet<String> all = new LinkedHashSet<>(DEFAULT_SOURCES);
        all.addAll(saved);
        return List.copyOf(all);
    }
}
