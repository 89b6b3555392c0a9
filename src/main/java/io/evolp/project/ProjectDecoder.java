package io.evolp.project;

import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.io.project.Located;
import io.evolp.io.project.ProjectFileRead;
import io.evolp.task.ProgressMonitor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link Project} from the records a project file bound to: each entry decoded on its
 * own (a predictor by the predictor format, a dataset from its columns or CSV), a failing entry
 * reported at its line and column while the others load.
 */
final class ProjectDecoder {

    private interface Decoder<T, R> {
        R decode(T value, int line) throws Exception;
    }

    private final String name;
    private final List<InputProblem> problems = new ArrayList<>();

    private ProjectDecoder(String name) {
        this.name = name;
    }

    static ProjectLoad decode(ProjectFileRead read, Path file, ProgressMonitor pm, boolean allowOutside) {
        return new ProjectDecoder(file.toString()).run(read, file, pm, allowOutside);
    }

    private ProjectLoad run(ProjectFileRead read, Path file, ProgressMonitor pm, boolean allowOutside) {
        if (read.damage() != null) problems.add(read.damage()); // first: it is what the user must know
        problems.addAll(read.problems());
        OutsidePaths outside = new OutsidePaths(file, allowOutside);
        List<ProjectModel> models = each(read.models(), "model", m -> m.name(), (m, line) -> ProjectMapper.model(m, name, line));
        List<ProjectSession> sessions = each(read.sessions(), "session", s -> s.name(), (s, line) -> ProjectMapper.session(s));
        List<ProjectMapper.PendingPredictor> pending = each(read.predictors(), "predictor", p -> p.name(),
                (p, line) -> ProjectMapper.predictor(p, name));
        List<ProjectDataset> datasets = each(read.datasets(), "dataset", d -> d.name(),
                (d, line) -> ProjectDatasets.read(d, file, pm, outside));
        pm.progress(1, 2, "evaluating predictors");
        PredictorEvaluations.Resolved resolved = PredictorEvaluations.resolve(pending, datasets, name, pm);
        problems.addAll(resolved.problems());
        Project project = new Project(datasets, resolved.predictors(), sessions, models,
                Project.withDefaultSources(read.sources()), read.viewSettings());
        return new ProjectLoad(project, problems, outside.refused(), read.damage());
    }

    private <T, R> List<R> each(List<Located<T>> entries, String what, java.util.function.Function<T, String> label,
                                Decoder<T, R> decoder) {
        List<R> out = new ArrayList<>();
        for (Located<T> e : entries) {
            try {
                out.add(decoder.decode(e.value(), e.line()));
            } catch (io.evolp.task.CancelledException c) {
                throw c;
            } catch (Exception ex) {
                String n = label.apply(e.value());
                String id = n == null || n.isBlank() ? " " + e.index() : " '" + n + "'";
                problems.add(new InputProblem(name, e.line(), e.column(), null, what + id + " could not be loaded: "
                        + oneLine(ex)));
            }
        }
        return out;
    }

    /** The cause in one line; for a located problem inside embedded JSON, its JSON path and message. */
    static String oneLine(Throwable e) {
        if (e instanceof InvalidInputException iie && !iie.problems().isEmpty()) {
            InputProblem p = iie.problems().get(0);
            return (p.columnName() != null ? "at " + p.columnName() + ": " : "") + p.message();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
