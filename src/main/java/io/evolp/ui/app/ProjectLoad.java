package io.evolp.ui.app;

import io.evolp.core.InputProblem;

import java.util.List;

/** What opening a project produced: everything that could be loaded, and what could not (located). */
public record ProjectLoad(ProjectSnapshot snapshot, List<InputProblem> problems) {

    public ProjectLoad {
        problems = List.copyOf(problems);
    }
}
