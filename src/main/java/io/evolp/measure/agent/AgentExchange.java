package io.evolp.measure.agent;

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

    /** An answer: status, JSON body (one line) and extra headers. */
    record Reply(int status, String body, Map<String, String> headers) {

        /** @param dto a record of {@link io.evolp.io.agent.AgentWire} */
        static Reply of(int status, Object dto) {
            return new Reply(status, io.evolp.io.agent.AgentWire.write(dto), new LinkedHashMap<>());
        }

        Reply with(String header, String value) {
            headers.put(header, value);
            return this;
        }
    }
}
