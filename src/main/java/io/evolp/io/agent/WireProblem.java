package io.evolp.io.agent;

/**
 * A request the agent protocol refuses while reading it: the HTTP status (400), a message for the
 * user and, for a bad field, its JSON path ({@code settings.repeats}, {@code layer.cin}).
 */
public final class WireProblem extends RuntimeException {

    private final int status;
    private final String field;

    public WireProblem(int status, String message, String field) {
        super(message);
        this.status = status;
        this.field = field;
    }

    /** 400 naming the field. */
    public static WireProblem badField(String field, String message) {
        return new WireProblem(400, field + ": " + message, field);
    }

    public int status() {
        return status;
    }

    /** The JSON path of the bad field, or null. */
    public String field() {
        return field;
    }
}
