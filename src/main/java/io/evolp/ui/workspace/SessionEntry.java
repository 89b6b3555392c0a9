package io.evolp.ui.workspace;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A compression session kept in the project, as its saved JSON ({@code SessionJson} form, with the
 * evolved predictor embedded) so the project file can hold it and the Compression screen can
 * show or resume it.
 */
public record SessionEntry(String name, ObjectNode json) {

    @Override
    public String toString() {
        return name;
    }
}
