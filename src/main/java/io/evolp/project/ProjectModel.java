package io.evolp.project;

import io.evolp.core.ModelSpec;

import java.nio.file.Path;

/**
 * A whole model imported into a project.
 *
 * @param source the file it came from (null when made in the workbench)
 */
public record ProjectModel(String name, Path source, ModelSpec model) {

    public ProjectModel {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a model needs a name");
    }
}
