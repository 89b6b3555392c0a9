package io.evolp.cli;

import io.evolp.measure.agent.AgentConfig;
import io.evolp.measure.agent.AgentServer;
import io.evolp.measure.agent.AgentSources;
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

    @Override
    public Integer call() throws Exception {
        String t = token != null ? token : System.getenv(AgentSources.TOKEN_ENV);
        if (maxBodyMb < 1 || maxBodyMb > 16_384) throw new IllegalArgumentException("--max-body-mb must be 1–16384, was " + maxBodyMb);
        if (storeMb < 1 || storeMb > 1_048_576) throw new IllegalArgumentException("--store-mb must be 1–1048576, was " + storeMb);
        AgentConfig config = AgentConfig.defaults().withBind(bind).withPort(port).withToken(t).withThreads(threads)
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
