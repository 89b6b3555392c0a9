package io.evolp.measure.agent;

import io.evolp.io.agent.Words;
import io.evolp.measure.agent.AgentExchange.Reply;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Carries Jetty requests to {@link AgentApi} and its replies back, and writes one log line per request.
 * A blocking handler on purpose: it runs on a pool thread only once a request's head is complete, so
 * reading a body or waiting for a synchronous measurement may block; slow heads never get this far.
 */
final class JettyAdapter extends Handler.Abstract {

    private final AgentApi api;
    private final PrintStream log;

    JettyAdapter(AgentApi api, PrintStream log) {
        super(InvocationType.BLOCKING);
        this.api = api;
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long t0 = System.nanoTime();
        Reply r = api.handle(exchange(request));
        response.setStatus(r.status());
        HttpFields.Mutable h = response.getHeaders();
        h.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        h.put(HttpHeader.CACHE_CONTROL, "no-store");
        r.headers().forEach(h::put);
        if ("HEAD".equals(request.getMethod())) {
            response.write(true, null, callback);
        } else {
            byte[] bytes = (r.body() + "\n").getBytes(StandardCharsets.UTF_8);
            h.put(HttpHeader.CONTENT_LENGTH, bytes.length);
            response.write(true, ByteBuffer.wrap(bytes), callback);
        }
        log.printf("%s %s %s %s %d %.0fms%n", Instant.now(), Request.getRemoteAddr(request), Words.escape(request.getMethod()),
                Words.escape(request.getHttpURI().getPath()), r.status(), (System.nanoTime() - t0) / 1e6);
        return true;
    }

    private static AgentExchange exchange(Request request) {
        return new AgentExchange() {
            @Override public String method() { return request.getMethod(); }
            @Override public String path() { return request.getHttpURI().getCanonicalPath(); }
            @Override public String header(String name) { return request.getHeaders().get(name); }
            @Override public long declaredLength() { return request.getLength(); }
            @Override public InputStream body() { return Content.Source.asInputStream(request); }
        };
    }
}
