package io.evolp.ui.workspace;

import io.evolp.project.Project;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.nio.file.Path;

/**
 * Everything the user has open: datasets, trained predictors, compression sessions and view
 * settings — an observable adapter over the FX-free {@link Project} that a project file saves
 * ({@link #snapshot()} out, {@link #load} in). FX thread only. Any change marks it dirty, so closing
 * the window can ask before unsaved work is lost.
 */
public final class Workspace {

    /** Measurement sources every workspace offers: the three simulated device profiles. */
    public static final java.util.List<String> DEFAULT_SOURCES = Project.DEFAULT_SOURCES;

    private final ObservableList<DatasetEntry> datasets = FXCollections.observableArrayList();
    private final ObservableList<PredictorEntry> predictors = FXCollections.observableArrayList();
    private final ObservableList<SessionEntry> sessions = FXCollections.observableArrayList();
    private final ObservableMap<String, String> viewSettings = FXCollections.observableHashMap();
    private final ObservableList<ModelEntry> models = FXCollections.observableArrayList();
    private final ObservableList<String> sources = FXCollections.observableArrayList(DEFAULT_SOURCES);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final ObjectProperty<Path> projectFile = new SimpleObjectProperty<>();

    public Workspace() {
        ListChangeListener<Object> mark = c -> dirty.set(true);
        datasets.addListener(mark);
        predictors.addListener(mark);
        sessions.addListener(mark);
        models.addListener(mark);
        sources.addListener(mark);
        viewSettings.addListener((MapChangeListener<String, String>) c -> dirty.set(true));
    }

    public ObservableList<DatasetEntry> datasets() { return datasets; }
    public ObservableList<PredictorEntry> predictors() { return predictors; }
    public ObservableList<SessionEntry> sessions() { return sessions; }

    /** Whole models imported by the user (model JSON files), e.g. for the Compression screen. */
    public ObservableList<ModelEntry> models() { return models; }

    /**
     * Measurement-source specs ({@code simulated:tx2}, {@code replay:/path/file.jsonl}) listed on the
     * Devices screen and offered by the Compression screen; starts with {@link #DEFAULT_SOURCES}.
     */
    public ObservableList<String> sources() { return sources; }

    /** Free-form view state (selected screen, chart options, …) saved with the project. */
    public ObservableMap<String, String> viewSettings() { return viewSettings; }

    public BooleanProperty dirtyProperty() { return dirty; }
    public boolean isDirty() { return dirty.get(); }
    public void markSaved() { dirty.set(false); }

    public ObjectProperty<Path> projectFileProperty() { return projectFile; }

    /** A name not used by any dataset yet: {@code base}, {@code base (2)}, … */
    public String uniqueDatasetName(String base) {
        return unique(base, datasets.stream().map(DatasetEntry::name).toList());
    }

    public String uniquePredictorName(String base) {
        return unique(base, predictors.stream().map(PredictorEntry::name).toList());
    }

    public String uniqueSessionName(String base) {
        return unique(base, sessions.stream().map(SessionEntry::name).toList());
    }

    private static String unique(String base, java.util.List<String> taken) {
        if (!taken.contains(base)) return base;
        for (int i = 2; ; i++) {
            String n = base + " (" + i + ")";
            if (!taken.contains(n)) return n;
        }
    }

    /**
     * Adds an imported dataset under a name not yet taken — the one way a read dataset enters the
     * workspace (File ▸ Import, drag and drop, the welcome screen's starts), bad rows included.
     */
    public DatasetEntry addImported(io.evolp.workflow.DatasetImport.Imported r) {
        DatasetEntry e = new DatasetEntry(uniqueDatasetName(r.name()), r.file(), r.dataset(), r.problems(), r.totalProblems());
        datasets.add(e);
        return e;
    }

    public DatasetEntry dataset(String name) {
        return datasets.stream().filter(d -> d.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * An immutable copy of everything, taken on the FX thread (cheap: entries are immutable records;
     * session JSON is copied as text) so a worker can save it while the user carries on.
     */
    public Project snapshot() {
        return new Project(datasets.stream().map(DatasetEntry::toModel).toList(),
                predictors.stream().map(PredictorEntry::toModel).toList(),
                sessions.stream().map(SessionEntry::toModel).toList(),
                models.stream().map(ModelEntry::toModel).toList(), sources, viewSettings);
    }

    /**
     * Replaces the contents with {@code project} (read by a worker; only the swap happens here);
     * the result is not dirty.
     *
     * @param file the file it came from, or null (e.g. the sample)
     */
    public void load(Project project, Path file) {
        java.util.List<SessionEntry> parsed = project.sessions().stream().map(SessionEntry::of).toList();
        clear();
        datasets.setAll(project.datasets().stream().map(DatasetEntry::of).toList());
        predictors.setAll(project.predictors().stream().map(PredictorEntry::of).toList());
        sessions.setAll(parsed);
        models.setAll(project.models().stream().map(ModelEntry::of).toList());
        sources.setAll(project.sources());
        viewSettings.putAll(project.viewSettings());
        projectFile.set(file);
        markSaved();
    }

    /** Replaces everything (opening a project, New). */
    public void clear() {
        datasets.clear();
        predictors.clear();
        sessions.clear();
        viewSettings.clear();
        models.clear();
        sources.setAll(DEFAULT_SOURCES);
        projectFile.set(null);
        dirty.set(false);
    }
}
