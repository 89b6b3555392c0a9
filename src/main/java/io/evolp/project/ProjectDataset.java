package io.evolp.project;

import io.evolp.core.InputProblem;
import io.evolp.core.LayerDataset;

import java.nio.file.Path;
import java.util.List;

/**
 * A layer dataset of a project: its valid rows and the problems found when it was read.
 *
 * @param source        the CSV it came from (null for data made in the workbench)
 * @param totalProblems all problems found, of which {@code problems} keeps the first ones
 */
public record ProjectDataset(String name, Path source, LayerDataset dataset, List<InputProblem> problems,
                             int totalProblems) {

    public ProjectDataset {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a dataset needs a name");
        if (dataset == null) throw new IllegalArgumentException("dataset '" + name + "' has no rows object");
        problems = List.copyOf(problems);
        totalProblems = Math.max(totalProblems, problems.size());
    }

    public String device() {
        return dataset.device();
    }

    public int rows() {
        return dataset.size();
    }
}
