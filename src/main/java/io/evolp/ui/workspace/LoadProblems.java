package io.evolp.ui.workspace;

import io.evolp.core.InputProblem;

import java.util.List;

/**
 * The text of the "part of the project could not be loaded" message, shared by File ▸ Open and the
 * welcome screen's sample project: the first ten problems with file, line and column, then a count.
 */
public final class LoadProblems {

    private static final int SHOWN = 10;

    private LoadProblems() {
    }

    public static String describe(List<InputProblem> problems) {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(SHOWN, problems.size());
        for (int i = 0; i < shown; i++) sb.append(problems.get(i).describe()).append('\n');
        if (problems.size() > shown) sb.append("… and ").append(problems.size() - shown).append(" more\n");
        sb.append("Everything else was loaded.");
        return sb.toString();
    }
}
