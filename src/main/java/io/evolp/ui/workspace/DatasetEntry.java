package io.evolp.ui.workspace;

import io.evolp.core.InputProblem;
import io.evolp.core.LayerDataset;
import io.evolp.project.ProjectDataset;

import java.nio.file.Path;
import java.util.List;

/**
 * A layer dataset open in the workbench: the valid rows and the problems found while reading it
 * (the observable workspace's face of a {@link ProjectDataset}).
 *
 * @param source the CSV it came from (null for data made in the workbench)
 */
public record DatasetEntry(String name, Path source, LayerDataset dataset, List<InputProblem> problems,
                           int totalProblems) {

    public DatasetEntry {
        problems = List.copyOf(problems);
    }

    public static DatasetEntry of(ProjectDataset d) {
        return new DatasetEntry(d.name(), d.source(), d.dataset(), d.problems(), d.totalProblems());
    }

    public ProjectDataset toModel() {
        return new ProjectDataset(name, source, dataset, problems, totalProblems);
    }

    public String device() {
        return dataset.device();
    }

    @Override
    public String toString() {
        return name;
    }
}
