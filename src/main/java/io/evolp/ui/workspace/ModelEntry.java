package io.evolp.ui.workspace;

import io.evolp.core.ModelSpec;
import io.evolp.project.ProjectModel;

import java.nio.file.Path;

/**
 * A whole model imported into the workbench (File ▸ Import model…, or a dropped model JSON).
 *
 * @param source the file it came from (null when made in the workbench)
 */
public record ModelEntry(String name, Path source, ModelSpec model) {

    public static ModelEntry of(ProjectModel m) {
        return new ModelEntry(m.name(), m.source(), m.model());
    }

    public ProjectModel toModel() {
        return new ProjectModel(name, source, model);
    }

    @Override
    public String toString() {
        return name;
    }
}
