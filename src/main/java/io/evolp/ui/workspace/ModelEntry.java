package io.evolp.ui.workspace;

import io.evolp.core.ModelSpec;

import java.nio.file.Path;

/**
 * A whole model imported into the workbench (File ▸ Import model…, or a dropped model JSON).
 *
 * @param source the file it came from (null when made in the workbench)
 */
public record ModelEntry(String name, Path source, ModelSpec model) {

    @Override
    public String toString() {
        return name;
    }
}
