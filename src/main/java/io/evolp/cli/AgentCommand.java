package io.evolp.cli;

import io.evolp.measure.agent.AgentConfig;
import io.evolp.measure.agent.AgentServer;
import io.evolp.measure.agent.AgentSources;
import io.evolp.measure.agent.NetLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code evolp agent}: serves measurements of this machine to a workbench elsewhere (HTTP + JSON, see
 * {@link AgentServer}). Runs until stopped (Ctrl-C / SIGTERM), then kills its worker and deletes
 * uploaded models.
 */
@Command(name = "agent", mixinStandardHelpOptions = true, description = {
        "Run the remote measurement agent on this (edge) device: HTTP + JSON, ONNX Runtime in a worker process, "
                + "one measurement at a time (a second gets 409 Busy).",
        "Slow or idle clients hold no thread: idle connections are closed, request heads must arrive in time, "
                + "and connections per client address are bounded.",
        "Safe by default: listens on 127.0.0.1 only; any other --bind needs a token. "
                + "Reach a loopback agent from the workbench with --device agent:ssh://user@host."})
final class AgentCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--bind", defaultValue = AgentConfig.DEFAULT_BIND, paramLabel = "ADDR",
            description = "Address to listen on (default ${DEFAULT-VALUE}). Non-loopback addresses require a token.")
    String bind;

    @Option(names = "--port", defaultValue = "" + AgentConfig.DEFAULT_PORT, paramLabel = "N",
            description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one and prints it).")
    int port;

    @Option(names = "--token", paramLabel = "T",
            description = "Bearer token every request must carry (≥ 8 characters). Default: the environment variable "
                    + AgentSources.TOKEN_ENV + " — preferred, since a command line is visible to other users.")
    String token;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "ONNX Runtime intra-op threads when a request does not say (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--max-body-mb", defaultValue = "256", paramLabel = "MB",
            description = "Largest upload (an ONNX model) in MiB; larger requests get 413 (default ${DEFAULT-VALUE}).")
    long maxBodyMb;

    @Option(names = "--store-mb", defaultValue = "1024", paramLabel = "MB",
            description = "Uploaded models kept on disk, in MiB; least recently used dropped first (default ${DEFAULT-VALUE}).")
    long storeMb;

    @Option(names = "--idle-timeout", defaultValue = "30", paramLabel = "S",
            description = "Close connections that send and receive nothing for S seconds (default ${DEFAULT-VALUE}).")
    int idleSeconds;

    @Option(names = "--head-timeout", defaultValue = "10", paramLabel = "S",
            description = "A request line and headers must arrive within S seconds of their first byte, "
                    + "or the connection gets 408 and is closed: slow clients cannot hold the agent (default ${DEFAULT-VALUE}).")
    int headSeconds;

    @Option(names = "--max-connections-per-address", defaultValue = "16", paramLabel = "N",
            description = "Open connections per client address; past it the oldest waiting one is closed (default ${DEFAULT-VALUE}).")
    int perAddress;

    @Override
    public Integer call() throws Exception {
        String t = token != null ? token : System.getenv(AgentSources.TOKEN_ENV);
        if (maxBodyMb < 1 || maxBodyMb > 16_384) throw new IllegalArgumentException("--max-body-mb must be 1–16384, was " + maxBodyMb);
        if (storeMb < 1 || storeMb > 1_048_576) throw new IllegalArgumentException("--store-mb must be 1–1048576, was " + storeMb);
        if (idleSeconds < 1 || idleSeconds > 3600) throw new IllegalArgumentException("--idle-timeout must be 1–3600 s, was " + idleSeconds);
        if (headSeconds < 1 || headSeconds > 600) throw new IllegalArgumentException("--head-timeout must be 1–600 s, was " + headSeconds);
        if (perAddress < 2 || perAddress > 1024) {
            throw new IllegalArgumentException("--max-connections-per-address must be 2–1024, was " + perAddress);
        }
        NetLimits d = NetLimits.defaults();
        NetLimits net = new NetLimits(idleSeconds * 1000L, headSeconds * 1000L, d.minBodyRate(), perAddress,
                Math.max(d.maxConnections(), perAddress), d.maxThreads());
        AgentConfig config = AgentConfig.defaults().withNet(net).withBind(bind).withPort(port).withToken(t).withThreads(threads)
                .withMaxBodyBytes(maxBodyMb << 20).withStoreBytes(storeMb << 20);
        PrintWriter out = spec.commandLine().getOut();
        AgentServer server = AgentServer.start(config, System.err);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "evolp-agent-stop"));
        out.println("evolp agent listening on http://" + server.address() + " ("
                + (config.token() != null ? "token required" : "no token: loopback only") + "); stop with Ctrl-C");
        out.flush();
        stopped.await();
        return 0;
    }
}
