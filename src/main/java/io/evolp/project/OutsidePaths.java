package io.evolp.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which files a project may read without asking: those inside the project's folder. A project is a
 * file people share; one holding {@code "path": "../../../../etc/passwd"} (or a symbolic link in
 * the folder pointing elsewhere) used to read that file silently. Paths outside are collected so
 * the user can be asked once for all of them.
 */
final class OutsidePaths {

    private final Path folder;
    private final boolean allowed;
    private final List<Path> refused = new ArrayList<>();

    OutsidePaths(Path projectFile, boolean allowed) {
        Path dir = projectFile.toAbsolutePath().normalize().getParent();
        this.folder = dir == null ? null : real(dir);
        this.allowed = allowed;
    }

    /** Whether {@code candidate} may be read; if not, it is remembered for the question to the user. */
    boolean mayRead(Path candidate) {
        if (allowed || inside(candidate)) return true;
        if (!refused.contains(candidate)) refused.add(candidate);
        return false;
    }

    /** Whether {@code candidate} (after following links) lies inside the project folder. */
    boolean inside(Path candidate) {
        return folder != null && real(candidate.toAbsolutePath().normalize()).startsWith(folder);
    }

    List<Path> refused() {
        return List.copyOf(refused);
    }

    private static Path real(Path p) {
        try {
            return Files.exists(p) ? p.toRealPath() : p;
        } catch (IOException e) {
            return p;
        }
    }
}
