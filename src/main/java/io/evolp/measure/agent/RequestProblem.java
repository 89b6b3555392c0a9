package io.evolp.measure.agent;

/**
 * A request the agent refuses: the HTTP status, a message for the user and, for a bad field, its
 * JSON path ({@code settings.repeats}, {@code layer.cin}) so a client can point at what to fix.
 */
final class RequestProblem extends RuntimeException {

    private final int status;
    private final String field;
    private String allow;

    RequestProblem(int status, String message) {
        this(status, message, null);
    }

    RequestProblem(int status, String message, String field) {
        super(message);
        this.status = status;
        this.field = field;
    }

    /** 400 naming the field. */
    static RequestProblem badField(String field, String message) {
        return new RequestProblem(400, field + ": " + message, field);
    }

    int status() {
        return status;
    }

    /** For a 405: the methods the path takes, for the Allow header. */
    RequestProblem withAllow(String methods) {
        this.allow = methods;
        return this;
    }

    String allow() {
        return allow;
    }

    /** The JSON path of the bad field, or null. */
    String field() {
        return field;
    }
}
