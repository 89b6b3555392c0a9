package io.evolp.project;

/**
 * A compression session kept in a project, as its session JSON text (with the evolved predictor
 * embedded): the Compression screen shows or resumes it from that form.
 */
public record ProjectSession(String name, String json) {

    public ProjectSession {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a session needs a name");
        if (json == null || json.isBlank()) throw new IllegalArgumentException("session '" + name + "' is empty");
    }
}
