package io.evolp.ui.app;

import io.evolp.core.InputProblem;

import java.nio.file.Path;
import java.util.List;

/**
 * What opening a project produced: everything that could be loaded, what could not (located), and
 * the files outside the project's folder that were not read because the user has not confirmed them.
 */
public record ProjectLoad(ProjectSnapshot snapshot, List<InputProblem> problems, List<Path> outside) {

    public ProjectLoad {
        problems = List.copyOf(problems);
        outside = List.copyOf(outside);
    }

    public ProjectLoad(ProjectSnapshot snapshot, List<InputProblem> problems) {
        this(snapshot, problems, List.of());
    }
}
