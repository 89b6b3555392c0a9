package io.evolp.project;

import io.evolp.core.InputProblem;

import java.nio.file.Path;
import java.util.List;

/**
 * What reading a project produced: everything that could be loaded, what could not (located), and
 * the files outside the project's folder that were not read because the user has not confirmed them.
 *
 * @param damage where the file itself is damaged (cut off, not JSON from there on), or null; it is
 *               also among {@code problems}, and everything in {@code project} precedes it
 */
public record ProjectLoad(Project project, List<InputProblem> problems, List<Path> outside, InputProblem damage) {

    public ProjectLoad {
        problems = List.copyOf(problems);
        outside = List.copyOf(outside);
    }

    /** Whether everything in the file was loaded. */
    public boolean complete() {
        return problems.isEmpty() && outside.isEmpty();
    }
}
