package io.evolp.project;

import io.evolp.core.InvalidInputException;

/**
 * A project that could not be read whole: its located problems, and what was read before (or
 * around) the damage, so the user can see what the file still holds.
 */
public final class DamagedProjectException extends InvalidInputException {

    private final transient ProjectLoad load;

    DamagedProjectException(ProjectLoad load) {
        super(load.problems().isEmpty() ? "the project reads files outside its folder: " + load.outside()
                : load.problems().get(0).describe() + (load.problems().size() > 1
                ? " (and " + (load.problems().size() - 1) + " more problems)" : ""), load.problems());
        this.load = load;
    }

    /** Everything that was read, with the problems. */
    public ProjectLoad load() {
        return load;
    }
}
