package io.evolp.measure.agent;

import io.evolp.measure.local.LocalWorkerClient;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;

/**
 * The remote device agent: HTTP + JSON on an embedded Jetty 12, measurements in a worker process.
 *
 * <pre>
 * GET  /v1/info                device and runtime facts, busy flag
 * PUT  /v1/models/{sha256}     upload ONNX bytes (hash checked while streaming to disk) → 201 new, 200 already there
 * HEAD /v1/models/{sha256}     200 when the agent has it, else 404 (GET: the same with a JSON body)
 * POST /v1/measure             {"layer":{…}} or {"model_sha256":"…"}, "settings":{…}, "async":bool
 *                              → 200 result (sync) or 202 job (async); 409 while another runs
 * GET  /v1/jobs/{id}           state, done/total, result or error;  DELETE cancels it
 * </pre>
 * Every request needs {@code Authorization: Bearer T} when the agent has a token (401 otherwise).
 * Errors are {@code {"error":"…","field":"…"}} with 400 (bad field or JSON), 401, 404, 405, 408 (too
 * slow), 409, 413 (body over the limit), 429/503 (too many connections from one address) or 507 (disk
 * full); 500 only for a fault of the agent's or a failed measurement. No request can stop the agent,
 * and slow or idle clients hold no thread ({@link ClientGuard}, {@link NetLimits}). Why Jetty and not
 * the JDK's HttpServer: that one parses request heads on a fixed pool of blocking threads with no read
 * timeout, so a few slowloris connections starve it (issue 11). One log line per request on stderr.
 */
public final class AgentServer implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;
    private final ClientGuard guard;
    private final ModelStore models;
    private final MeasureService measure;

    private AgentServer(AgentConfig config, PrintStream log) throws IOException {
        InetAddress address = config.checkedAddress();
        this.models = new ModelStore(config.storeBytes());
        LocalWorkerClient.Options options = config.worker().get();
        this.measure = new MeasureService(new LocalWorkerClient(options), models);
        AgentApi api = new AgentApi(config, models, measure, new AgentInfo(config, measure, models));
        NetLimits net = config.net();

        QueuedThreadPool threads = new QueuedThreadPool(net.maxThreads(), 4, 60_000);
        threads.setName("evolp-agent-http");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        http.setRequestHeaderSize(8 * 1024);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getHostAddress());
        connector.setPort(config.port());
        connector.setIdleTimeout(net.idleMs());
        guard = new ClientGuard(net, log);
        connector.addEventListener(guard);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(net.maxConnections(), connector));
        server.setHandler(new JettyAdapter(api, log));
        server.setErrorHandler(new JsonErrorHandler());
        server.setStopTimeout(0);
    }

    /**
     * Binds and starts serving; the worker process starts in the background.
     *
     * @throws IllegalArgumentException for a non-loopback address without a token
     * @throws IOException              when the port cannot be bound
     */
    public static AgentServer start(AgentConfig config, PrintStream log) throws IOException {
        AgentServer s = new AgentServer(config, log);
        try {
            s.server.start();
        } catch (Exception e) {
            s.close();
            Throwable cause = e.getCause() != null && e instanceof RuntimeException ? e.getCause() : e;
            throw new IOException("cannot listen on " + config.bind() + ":" + config.port() + ": " + cause.getMessage(), e);
        }
        s.measure.warmUp(config.threads());
        return s;
    }

    /** The bound port (the chosen one when configured with 0). */
    public int port() {
        return connector.getLocalPort();
    }

    public String address() {
        return connector.getHost() + ":" + port();
    }

    /** Open connections from one client address (tests of the per-address limit). */
    int connections(InetAddress client) {
        return guard.connections(client);
    }

    /** Part files of uploads in progress or refused (tests: none left behind). */
    long partFiles() throws IOException {
        return models.partFiles();
    }

    /** Stops listening, kills a running measurement's worker and deletes the uploaded models. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception ignored) {
            // stopping anyway
        }
        guard.close();
        measure.close();
        models.close();
    }
}
