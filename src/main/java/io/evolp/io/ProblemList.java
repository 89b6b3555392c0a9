package io.evolp.io;

import io.evolp.core.InputProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects input problems up to a cap while counting all of them: a garbage file with a million
 * bad rows must not build a million messages, yet the user should learn how many there were.
 */
final class ProblemList {

    private final String file;
    private final int cap;
    private final List<InputProblem> kept = new ArrayList<>();
    private int total;

    ProblemList(String file, int cap) {
        if (cap < 0) throw new IllegalArgumentException("cap must be >= 0");
        this.file = file;
        this.cap = cap;
    }

    /**
     * Whether the next problem will be kept. Callers check this before formatting a message, so
     * problems past the cap cost only a counter increment (via {@link #countOnly}).
     */
    boolean wantsDetail() {
        return kept.size() < cap;
    }

    void add(int line, int column, String columnName, String message) {
        total++;
        if (kept.size() < cap) kept.add(new InputProblem(file, line, column, columnName, message));
    }

    void countOnly() {
        total++;
    }

    List<InputProblem> kept() {
        return kept;
    }

    int total() {
        return total;
    }

    String file() {
        return file;
    }
}
