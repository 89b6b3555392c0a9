package io.evolp.ui.app;

import io.evolp.ui.workspace.DatasetEntry;
import io.evolp.ui.workspace.ModelEntry;
import io.evolp.ui.workspace.PredictorEntry;
import io.evolp.ui.workspace.SessionEntry;
import io.evolp.ui.workspace.Workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable copy of everything a project holds, taken on the FX thread (cheap: the entries are
 * immutable records; session JSON is deep-copied) so a worker can write it while the user carries
 * on, and built by a worker when a project is read so the FX thread only swaps it in.
 */
public record ProjectSnapshot(List<DatasetEntry> datasets, List<PredictorEntry> predictors,
                              List<SessionEntry> sessions, List<ModelEntry> models, List<String> sources,
                              Map<String, String> viewSettings) {

    public ProjectSnapshot {
        datasets = List.copyOf(datasets);
        predictors = List.copyOf(predictors);
        sessions = List.copyOf(sessions);
        models = List.copyOf(models);
        sources = List.copyOf(sources);
        viewSettings = java.util.Collections.unmodifiableMap(new TreeMap<>(viewSettings));
    }

    /** FX thread. */
    public static ProjectSnapshot of(Workspace ws) {
        List<SessionEntry> sessions = ws.sessions().stream()
                .map(s -> new SessionEntry(s.name(), s.json())).toList();
        return new ProjectSnapshot(ws.datasets(), ws.predictors(), sessions, ws.models(), ws.sources(),
                new LinkedHashMap<>(ws.viewSettings()));
    }

    /** Replaces the workspace's contents with this snapshot (FX thread); the result is not dirty. */
    public void applyTo(Workspace ws, java.nio.file.Path projectFile) {
        ws.clear();
        ws.datasets().setAll(datasets);
        ws.predictors().setAll(predictors);
        ws.sessions().setAll(sessions);
        ws.models().setAll(models);
        ws.sources().setAll(sources);
        ws.viewSettings().putAll(viewSettings);
        ws.projectFileProperty().set(projectFile);
        ws.markSaved();
    }
}
