package io.evolp.measure.agent;

import io.evolp.io.agent.AgentWire;
import io.evolp.io.agent.Words;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Requests Jetty refuses before they reach the agent (a malformed request line, headers too large, an
 * ambiguous path, a bad Content-Length) are answered in the agent's own format, {@code {"error":"…"}},
 * never with an HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

    /** Jetty writes error bodies for GET, POST and HEAD only; the agent answers PUT and DELETE the same way. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        String why = cause != null && cause.getMessage() != null && !cause.getMessage().isBlank() ? cause.getMessage() : message;
        byte[] body = json(code, why);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        return ByteBuffer.wrap(json(status, reason));
    }

    private static byte[] json(int code, String message) {
        String plain = message == null ? "" : message.replaceFirst("^\\d{3}: ", "").trim();
        if (plain.equalsIgnoreCase("Bad Request")) plain = "the request line, path or a header is malformed";
        String m = plain.isEmpty() ? "" : ": " + Words.escape(plain);
        String what = code == 500 ? "agent error (HTTP 500)" : "request refused (HTTP " + code + ")";
        return (AgentWire.write(AgentApi.error(what + m, null)) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
