package io.evolp.measure.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.evolp.io.Json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Reading bounded request bodies and writing JSON answers on the JDK's HTTP server. */
final class HttpIo {

    private HttpIo() {
    }

    /**
     * The whole body, refusing more than {@code limit} bytes: first by the declared Content-Length
     * (without reading a byte), then while reading (a chunked body declares none).
     */
    static byte[] body(HttpExchange ex, long limit) throws IOException {
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long n;
            try {
                n = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                throw new RequestProblem(400, "bad Content-Length");
            }
            if (n > limit) throw tooLarge(limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = ex.getRequestBody()) {
            int r;
            while ((r = in.read(buf)) > 0) {
                if (out.size() + (long) r > limit) throw tooLarge(limit);
                out.write(buf, 0, r);
            }
        }
        return out.toByteArray();
    }

    static JsonNode json(HttpExchange ex) throws IOException {
        byte[] bytes = body(ex, AgentConfig.MAX_JSON_BYTES);
        try {
            JsonNode n = Json.mapper().readTree(bytes);
            if (n == null || n.isMissingNode()) throw new RequestProblem(400, "empty body: expected a JSON object");
            return n;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new RequestProblem(400, "not valid JSON: " + e.getOriginalMessage());
        }
    }

    static void send(HttpExchange ex, int status, JsonNode body) throws IOException {
        byte[] bytes = (body.toString() + "\n").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        if ("HEAD".equals(ex.getRequestMethod())) {
            ex.sendResponseHeaders(status, -1);
            return;
        }
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    static ObjectNode error(String message, String field) {
        ObjectNode n = Json.mapper().createObjectNode().put("error", message);
        if (field != null) n.put("field", field);
        return n;
    }

    private static RequestProblem tooLarge(long limit) {
        return new RequestProblem(413, "request body too large: this agent accepts at most " + limit + " bytes here");
    }
}
