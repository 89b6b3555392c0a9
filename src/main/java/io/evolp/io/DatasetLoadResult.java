package io.evolp.io;

import io.evolp.core.InputProblem;
import io.evolp.core.LayerDataset;

import java.util.List;
import java.util.Objects;

/**
 * What reading a layer-dataset CSV produced: every valid row, and the problems found in the others.
 *
 * @param dataset       the valid rows (never null; empty when nothing could be read)
 * @param problems      the first problems in file order, at most the reader's cap (200 by default)
 * @param totalProblems how many problems there were in all, including those past the cap
 */
public record DatasetLoadResult(LayerDataset dataset, List<InputProblem> problems, int totalProblems) {

    public DatasetLoadResult {
        Objects.requireNonNull(dataset, "dataset");
        problems = List.copyOf(problems);
        if (totalProblems < problems.size()) {
            throw new IllegalArgumentException("totalProblems " + totalProblems + " < listed " + problems.size());
        }
    }

    public boolean hasProblems() {
        return totalProblems > 0;
    }

    /** Whether some problems were counted but not listed. */
    public boolean truncated() {
        return totalProblems > problems.size();
    }
}
