package io.evolp.project;

import io.evolp.core.InputProblem;
import io.evolp.io.DatasetCsvReader;
import io.evolp.io.DatasetLoadResult;
import io.evolp.io.project.ProjectFile;
import io.evolp.task.ProgressMonitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a dataset entry of a project file into its rows: the embedded columns when present, else
 * the CSV — relative to the project first, then by its absolute path — if it lies in the project's
 * folder or the user allowed reading outside it ({@link OutsidePaths}).
 */
final class ProjectDatasets {

    private ProjectDatasets() {
    }

    static ProjectDataset read(ProjectFile.Dataset d, Path projectFile, ProgressMonitor pm, OutsidePaths outside)
            throws IOException {
        Path relative = d.path() != null ? resolve(projectFile, d.path()) : null;
        Path absolute = d.absolutePath() != null ? Path.of(d.absolutePath()) : null;
        Path source = relative != null ? relative : absolute;
        if (d.embedded() != null) {
            List<InputProblem> problems = DatasetColumns.problemsFromFile(d.problems());
            int total = d.totalProblems() == null ? problems.size() : d.totalProblems();
            return new ProjectDataset(d.name(), source, DatasetColumns.fromFile(d.embedded()), problems, total);
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
                DatasetLoadResult r = DatasetCsvReader.read(candidate, d.device());
                return new ProjectDataset(d.name(), candidate, r.dataset(), r.problems(), r.totalProblems());
            }
        }
        throw new IllegalArgumentException("its CSV was not found (tried " + String.join(" and ",
                tried.stream().map(Path::toString).toList()) + ") and its " + d.rows()
                + " rows were not embedded in the project (only datasets of at most " + ProjectFiles.EMBED_MAX_ROWS
                + " rows are); put the CSV back or import it again");
    }

    private static Path resolve(Path projectFile, String path) {
        Path p = Path.of(path);
        if (p.isAbsolute()) return p;
        Path dir = projectFile.toAbsolutePath().getParent();
        return dir == null ? p : dir.resolve(p).normalize();
    }
}
