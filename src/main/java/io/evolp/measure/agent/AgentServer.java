package io.evolp.measure.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.evolp.io.Json;
import io.evolp.measure.local.LocalWorkerClient;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The remote device agent: HTTP + JSON on the JDK's own server, measurements in a worker process.
 *
 * <pre>
 * GET  /v1/info                device and runtime facts, busy flag
 * PUT  /v1/models/{sha256}     upload ONNX bytes (hash checked) → 201 new, 200 already there
 * HEAD /v1/models/{sha256}     200 when the agent has it, else 404 (GET: the same with a JSON body)
 * POST /v1/measure             {"layer":{…}} or {"model_sha256":"…"}, "settings":{…}, "async":bool
 *                              → 200 result (sync) or 202 job (async); 409 while another runs
 * GET  /v1/jobs/{id}           state, done/total, result or error;  DELETE cancels it
 * </pre>
 * Every request needs {@code Authorization: Bearer T} when the agent has a token (401 otherwise).
 * Errors are {@code {"error":"…","field":"…"}} with 400 (bad field or JSON), 401, 404, 405, 409,
 * 413 (body over the limit) or 500; no request can stop the agent. One log line per request on stderr.
 */
public final class AgentServer implements AutoCloseable {

    private static final Pattern MODEL = Pattern.compile("/v1/models/([^/]+)");
    private static final Pattern JOB = Pattern.compile("/v1/jobs/([^/]+)");

    private final AgentConfig config;
    private final HttpServer http;
    private final ExecutorService threads;
    private final ModelStore models;
    private final MeasureService measure;
    private final AgentInfo info;
    private final TokenCheck tokens;
    private final PrintStream log;

    private AgentServer(AgentConfig config, PrintStream log) throws IOException {
        this.config = config;
        this.log = log;
        InetSocketAddress address = new InetSocketAddress(config.checkedAddress(), config.port());
        this.tokens = new TokenCheck(config.token());
        this.models = new ModelStore(config.storeBytes());
        LocalWorkerClient.Options options = config.worker().get();
        this.measure = new MeasureService(new LocalWorkerClient(options), models);
        this.info = new AgentInfo(config, measure, models);
        // a few threads so /v1/info and job polls answer while a synchronous measure request waits
        this.threads = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "evolp-agent-http");
            t.setDaemon(true);
            return t;
        });
        try {
            this.http = HttpServer.create(address, 16);
        } catch (IOException e) {
            measure.close();
            models.close();
            threads.shutdownNow();
            throw new IOException("cannot listen on " + config.bind() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        http.createContext("/", this::handle);
        http.setExecutor(threads);
    }

    /**
     * Binds and starts serving; the worker process starts in the background.
     *
     * @throws IllegalArgumentException for a non-loopback address without a token
     * @throws IOException              when the port cannot be bound
     */
    public static AgentServer start(AgentConfig config, PrintStream log) throws IOException {
        AgentServer s = new AgentServer(config, log);
        s.http.start();
        s.measure.warmUp(config.threads());
        return s;
    }

    /** The bound port (the chosen one when configured with 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    public String address() {
        return http.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    private void handle(HttpExchange ex) {
        long t0 = System.nanoTime();
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        int status;
        try {
            status = route(ex, method, path);
        } catch (RequestProblem p) {
            status = reply(ex, p.status(), HttpIo.error(p.getMessage(), p.field()));
        } catch (Throwable e) { // including OutOfMemoryError on a huge body: answer, never die
            status = reply(ex, 500, HttpIo.error("agent error: " + (e.getMessage() == null ? e.toString() : e.getMessage()), null));
        } finally {
            ex.close();
        }
        log.printf("%s %s %s %s %d %.0fms%n", Instant.now(), remote(ex), method, path, status, (System.nanoTime() - t0) / 1e6);
    }

    private int route(HttpExchange ex, String method, String path) throws IOException, InterruptedException {
        if (!tokens.accepts(ex.getRequestHeaders().getFirst("Authorization"))) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            throw new RequestProblem(401, "missing or wrong token: send 'Authorization: Bearer <token>'");
        }
        if (path.equals("/v1/info")) {
            allow(ex, method, "GET", "HEAD");
            return reply(ex, 200, info.toJson());
        }
        if (path.equals("/v1/measure")) {
            allow(ex, method, "POST");
            return measure(ex);
        }
        Matcher m = MODEL.matcher(path);
        if (m.matches()) {
            allow(ex, method, "GET", "HEAD", "PUT");
            return model(ex, method, m.group(1));
        }
        m = JOB.matcher(path);
        if (m.matches()) {
            allow(ex, method, "GET", "DELETE");
            Job job = measure.job(m.group(1));
            if (job == null) throw new RequestProblem(404, "no job " + m.group(1) + " (the agent keeps the last 100)");
            if (method.equals("DELETE")) measure.cancel(job);
            return reply(ex, 200, job.toJson());
        }
        throw new RequestProblem(404, "no such endpoint " + path + "; see GET /v1/info");
    }

    private int model(HttpExchange ex, String method, String sha) throws IOException {
        if (!ModelStore.isSha256(sha)) throw RequestProblem.badField("sha256", "the path must end in 64 lower-case hex digits");
        if (method.equals("PUT")) {
            boolean created = models.put(sha, HttpIo.body(ex, config.maxBodyBytes()));
            return reply(ex, created ? 201 : 200, modelJson(sha));
        }
        if (models.size(sha) < 0) throw new RequestProblem(404, "unknown model " + sha, "sha256");
        return reply(ex, 200, modelJson(sha));
    }

    private ObjectNode modelJson(String sha) {
        return Json.mapper().createObjectNode().put("sha256", sha).put("bytes", models.size(sha));
    }

    private int measure(HttpExchange ex) throws IOException, InterruptedException {
        MeasureRequest request = AgentJson.measureRequest(HttpIo.json(ex), config.threads());
        Job job = measure.submit(request);
        if (request.async()) {
            ex.getResponseHeaders().set("Location", "/v1/jobs/" + job.id());
            return reply(ex, 202, job.toJson());
        }
        job.await();
        JsonNode body = job.toJson();
        return reply(ex, job.state() == Job.State.DONE ? 200 : 500, body);
    }

    private static void allow(HttpExchange ex, String method, String... allowed) {
        for (String a : allowed) if (a.equals(method)) return;
        ex.getResponseHeaders().set("Allow", String.join(", ", allowed));
        throw new RequestProblem(405, method + " is not allowed here; use " + String.join(" or ", allowed));
    }

    private static int reply(HttpExchange ex, int status, JsonNode body) {
        try {
            HttpIo.send(ex, status, body);
        } catch (IOException | RuntimeException e) {
            // the client went away or headers were already sent; the log line still says what we meant
        }
        return status;
    }

    private static String remote(HttpExchange ex) {
        InetSocketAddress r = ex.getRemoteAddress();
        return r == null ? "?" : r.getAddress().getHostAddress();
    }

    /** Stops listening, kills a running measurement's worker and deletes the uploaded models. */
    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
        measure.close();
        models.close();
    }
}
