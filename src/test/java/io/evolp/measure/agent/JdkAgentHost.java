package io.evolp.measure.agent;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.evolp.measure.agent.AgentExchange.Reply;
import io.evolp.measure.local.LocalWorkerClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The comparison of issue 11: the same {@link AgentApi} on the JDK's {@code com.sun.net.httpserver},
 * with what mitigations that server allows — an executor of up to {@code --threads} threads instead of
 * 4, and its global {@code sun.net.httpserver.maxReqTime}/{@code idleInterval} — measured by
 * {@code packaging/checks/agent-load.sh jdk}. Not shipped: the agent runs on Jetty ({@link AgentServer}).
 * The JDK server reads each request head on an executor thread with blocking I/O and has no per-address
 * hook before a handler runs, so every slow client holds a thread until maxReqTime.
 *
 * <p>Usage: {@code java -cp evolp.jar:test-classes io.evolp.measure.agent.JdkAgentHost TOKEN MAX_BODY_MB THREADS}
 */
public final class JdkAgentHost {

    private JdkAgentHost() {
    }

    public static void main(String[] args) throws Exception {
        // must be set before the JDK server's classes load: seconds
        System.setProperty("sun.net.httpserver.maxReqTime", "10");
        System.setProperty("sun.net.httpserver.idleInterval", "30");
        AgentConfig config = AgentConfig.defaults().withPort(0).withToken(args[0]).withMaxBodyBytes(Long.parseLong(args[1]) << 20)
                .withStoreBytes(1024L << 20);
        int threads = Integer.parseInt(args[2]);
        ModelStore models = new ModelStore(config.storeBytes());
        MeasureService measure = new MeasureService(new LocalWorkerClient(config.worker().get()), models);
        AgentApi api = new AgentApi(config, models, measure, new AgentInfo(config, measure, models));
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        ThreadPoolExecutor pool = new ThreadPoolExecutor(4, threads, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "jdk-agent-http");
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy()); // saturated: the JDK server closes the new connection
        http.setExecutor(pool);
        http.createContext("/", ex -> answer(api, ex));
        http.start();
        measure.warmUp(config.threads()); // as AgentServer does: the worker starts before the first request
        System.out.println("evolp agent (JDK HttpServer, " + threads + " threads) listening on http://127.0.0.1:" + http.getAddress().getPort());
        System.out.flush();
        Thread.currentThread().join();
    }

    private static void answer(AgentApi api, HttpExchange ex) throws IOException {
        Reply r = api.handle(new AgentExchange() {
            @Override public String method() { return ex.getRequestMethod(); }
            @Override public String path() { return ex.getRequestURI().getPath(); }
            @Override public String header(String name) { return ex.getRequestHeaders().getFirst(name); }
            @Override public long declaredLength() {
                String cl = ex.getRequestHeaders().getFirst("Content-Length");
                try {
                    return cl == null ? -1 : Long.parseLong(cl.trim());
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
            @Override public InputStream body() { return ex.getRequestBody(); }
        });
        byte[] bytes = (r.body() + "\n").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        r.headers().forEach(ex.getResponseHeaders()::set);
        ex.sendResponseHeaders(r.status(), bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
        ex.close();
    }
}
