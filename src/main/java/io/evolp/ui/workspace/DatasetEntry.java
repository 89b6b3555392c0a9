package io.evolp.ui.workspace;

import io.evolp.core.InputProblem;
import io.evolp.core.LayerDataset;

import java.nio.file.Path;
import java.util.List;

/**
 * A layer dataset open in the workbench: the valid rows and the problems found while reading it.
 *
 * @param source the CSV it came from (null for data made in the workbench)
 */
public record DatasetEntry(String name, Path source, LayerDataset dataset, List<InputProblem> problems,
                           int totalProblems) {

    public DatasetEntry {
        problems = List.copyOf(problems);
    }

    public String device() {
        return dataset.device();
    }

    @Override
    public String toString() {
        return name;
    }
}
