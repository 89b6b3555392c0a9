package io.evolp.project;

import io.evolp.compress.SessionJson;
import io.evolp.io.ModelJson;
import io.evolp.io.project.ProjectFile;
import io.evolp.predict.PredictorStore;
import io.evolp.predict.eval.EvaluationReport;
import io.evolp.predict.eval.Metrics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps the project model to the file records ({@link ProjectFile}) and single file entries back,
 * explicitly: what is written where is visible here, not in annotations on domain types.
 */
final class ProjectMapper {

    /** Datasets up to this many rows are embedded, larger ones stored by path (see {@link ProjectFiles}). */
    static final int EMBED_MAX_ROWS = ProjectFiles.EMBED_MAX_ROWS;

    private ProjectMapper() {
    }

    /** @param projectDir folder of the project file: dataset paths are written relative to it */
    static ProjectFile.Contents toFile(Project p, Path projectDir) {
        List<ProjectFile.Model> models = new ArrayList<>();
        for (ProjectModel m : p.models()) {
            models.add(new ProjectFile.Model(m.name(), m.source() == null ? null : m.source().toAbsolutePath().toString(),
                    new io.evolp.io.RawJson(ModelJson.toJson(m.model()))));
        }
        List<ProjectFile.Session> sessions = p.sessions().stream()
                .map(s -> new ProjectFile.Session(s.name(), new io.evolp.io.RawJson(s.json()))).toList();
        List<ProjectFile.Predictor> predictors = p.predictors().stream().map(ProjectMapper::predictor).toList();
        List<ProjectFile.Dataset> datasets = p.datasets().stream().map(d -> dataset(d, projectDir)).toList();
        return new ProjectFile.Contents(p.viewSettings(), p.sources(), models, sessions, predictors, datasets);
    }

    private static ProjectFile.Predictor predictor(ProjectPredictor p) {
        EvaluationReport e = p.evaluation();
        ProjectFile.Metrics metrics = null;
        if (e != null) {
            Metrics m = e.overall();
            metrics = new ProjectFile.Metrics(m.n(), m.rmseMs(), m.mape(), m.acc5(), m.acc10(), m.spearman(), m.worst());
        }
        return new ProjectFile.Predictor(p.name(), p.datasetName(), p.testFraction(), p.seed(),
                new io.evolp.io.RawJson(PredictorStore.toJsonText(p.predictor())),
                e == null ? null : e.rows().clone(), metrics);
    }

    private static ProjectFile.Dataset dataset(ProjectDataset d, Path projectDir) {
        String path = null, absolute = null;
        if (d.source() != null) {
            Path abs = d.source().toAbsolutePath().normalize();
            path = relative(abs, projectDir);
            absolute = abs.toString();
        }
        boolean embed = d.rows() <= EMBED_MAX_ROWS || d.source() == null;
        return new ProjectFile.Dataset(d.name(), path, absolute, d.device(), d.rows(), d.totalProblems(),
                DatasetColumns.problemsToFile(d.problems()), embed ? DatasetColumns.toFile(d.dataset()) : null);
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

    static ProjectModel model(ProjectFile.Model m, String projectName, int line) {
        Path source = m.path() == null ? null : Path.of(m.path());
        return new ProjectModel(m.name(), source, ModelJson.parse(m.model().text(), projectName, line));
    }

    /** Refuses a session the Compression screen could not show. */
    static ProjectSession session(ProjectFile.Session s) {
        SessionJson.readText(s.session().text());
        return new ProjectSession(s.name(), s.session().text());
    }

    /** A predictor read from the file whose accuracy still has to be recomputed on its dataset. */
    record PendingPredictor(String name, String datasetName, double testFraction, long seed,
                            io.evolp.predict.LatencyPredictor predictor, int[] testRows) {
    }

    static PendingPredictor predictor(ProjectFile.Predictor p, String projectName) {
        if (p.name().isBlank()) throw new IllegalArgumentException("missing \"name\"");
        return new PendingPredictor(p.name(), p.dataset(), p.testFraction(), p.seed(),
                PredictorStore.fromJsonText(p.predictor().text(), projectName), p.testRows());
    }
}
