package io.evolp.measure.agent;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** One request as {@link AgentApi} sees it, whatever HTTP server carries it. */
interface AgentExchange {

    String method();

    /** The request path without the query. */
    String path();

    /** The first value of a header, or null. */
    String header(String name);

    /** Content-Length, or -1 when the body declares none (chunked). */
    long declaredLength();

    /** The raw body; {@link AgentApi} reads it through a {@link BodyStream}. */
    InputStream body();

    /** An answer: status, JSON body and extra headers. */
    record Reply(int status, JsonNode body, Map<String, String> headers) {

        static Reply of(int status, JsonNode body) {
            return new Reply(status, body, new LinkedHashMap<>());
        }

        Reply with(String header, String value) {
            headers.put(header, value);
            return this;
        }
    }
}
