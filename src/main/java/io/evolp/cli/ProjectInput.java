package io.evolp.cli;

import io.evolp.core.InputProblem;
import io.evolp.project.DamagedProjectException;
import io.evolp.project.Project;
import io.evolp.project.ProjectDataset;
import io.evolp.project.ProjectFiles;
import io.evolp.project.ProjectPredictor;
import io.evolp.project.ProjectSession;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Loads a project for a command, or explains why not: a damaged project is refused with every
 * located problem and a list of what could still be read (what precedes the damage).
 */
final class ProjectInput {

    static final int MAX_SHOWN = 20;

    private ProjectInput() {
    }

    /** @return the project, or null after the refusal was printed to {@code err} */
    static Project load(Path file, boolean allowOutside, PrintWriter err) throws IOException {
        try {
            return ProjectFiles.load(file, allowOutside);
        } catch (DamagedProjectException e) {
            report(file, e, err);
            return null;
        }
    }

    static void report(Path file, DamagedProjectException e, PrintWriter err) {
        var load = e.load();
        List<InputProblem> problems = load.problems();
        err.println("evolp: " + file + " cannot be read whole"
                + (load.damage() != null ? " (the file is damaged)" : "") + ":");
        problems.stream().limit(MAX_SHOWN).forEach(p -> err.println("  " + p.describe()));
        if (problems.size() > MAX_SHOWN) err.println("  … and " + (problems.size() - MAX_SHOWN) + " more problems");
        if (!load.outside().isEmpty()) {
            err.println("  it reads files outside its folder (allow with --allow-outside): ");
            load.outside().stream().limit(MAX_SHOWN).forEach(p -> err.println("    " + p));
        }
        Project p = load.project();
        err.println((load.damage() != null ? "Read before the damage: " : "Read: ")
                + names(p.datasets(), ProjectDataset::name, "dataset") + "; "
                + names(p.predictors(), ProjectPredictor::name, "predictor") + "; "
                + names(p.sessions(), ProjectSession::name, "session"));
    }

    private static <T> String names(List<T> items, Function<T, String> name, String what) {
        String head = items.size() + " " + what + (items.size() == 1 ? "" : "s");
        if (items.isEmpty()) return head;
        return head + " (" + String.join(", ", items.stream().map(name).map(n -> "'" + n + "'").toList()) + ")";
    }
}
