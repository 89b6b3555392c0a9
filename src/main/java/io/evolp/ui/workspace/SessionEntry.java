package io.evolp.ui.workspace;

import io.evolp.io.session.SessionFile;
import io.evolp.io.session.SessionFiles;
import io.evolp.project.ProjectSession;

/**
 * A compression session kept in the project, as its saved JSON ({@code SessionJson} form, with the
 * evolved predictor embedded) so the project file can hold it and the Compression screen can
 * show or resume it.
 */
public record SessionEntry(String name, SessionFile json) {

    /** @throws io.evolp.core.InvalidInputException naming the session and the line, column and field of its damage */
    public static SessionEntry of(ProjectSession s) {
        return new SessionEntry(s.name(), SessionFiles.parse(s.json(), "session '" + s.name() + "'"));
    }

    /** The session as JSON text, the form the project model keeps. */
    public ProjectSession toModel() {
        return new ProjectSession(name, SessionFiles.text(json));
    }

    @Override
    public String toString() {
        return name;
    }
}
