package io.evolp.ui.workspace;

import io.evolp.io.session.SessionFile;

/**
 * A compression session kept in the project, as its saved JSON ({@code SessionJson} form, with the
 * evolved predictor embedded) so the project file can hold it and the Compression screen can
 * show or resume it.
 */
public record SessionEntry(String name, SessionFile json) {

    @Override
    public String toString() {
        return name;
    }
}
