package io.evolp.core;

import java.util.List;

/**
 * Input that cannot be used at all (not a single valid row, a truncated JSON file, …). Carries the
 * located problems so callers can show them where the input is.
 */
public class InvalidInputException extends RuntimeException {

    private final List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).describe()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
        this.problems = List.copyOf(problems);
    }

    /** With a summary message of its own (e.g. naming how many more problems there are). */
    public InvalidInputException(String message, List<InputProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(InputProblem problem) {
        this(List.of(problem));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
