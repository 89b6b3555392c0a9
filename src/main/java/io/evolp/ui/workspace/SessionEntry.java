package io.evolp.ui.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.io.Json;
import io.evolp.project.ProjectSession;

/**
 * A compression session kept in the project, as its saved JSON ({@code SessionJson} form, with the
 * evolved predictor embedded) so the project file can hold it and the Compression screen can
 * show or resume it.
 */
public record SessionEntry(String name, ObjectNode json) {

    /** @throws IllegalArgumentException when the session's JSON is not an object */
    public static SessionEntry of(ProjectSession s) {
        try {
            if (Json.mapper().readTree(s.json()) instanceof ObjectNode o) return new SessionEntry(s.name(), o);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("session '" + s.name() + "' is not JSON: " + e.getOriginalMessage(), e);
        }
        throw new IllegalArgumentException("session '" + s.name() + "' is not a JSON object");
    }

    /** A copy of the JSON as text, so later edits of this entry's tree do not reach the model. */
    public ProjectSession toModel() {
        return new ProjectSession(name, json.toString());
    }

    @Override
    public String toString() {
        return name;
    }
}
