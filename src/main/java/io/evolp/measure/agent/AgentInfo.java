package io.evolp.measure.agent;

import io.evolp.io.agent.AgentWire;
import io.evolp.measure.local.RuntimeFacts;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code GET /v1/info}: what device this is and what its numbers depend on. CPU model, JVM and ONNX
 * Runtime version come from the worker process (the one that measures), so they are null for the
 * first seconds after start, until the worker has loaded ONNX Runtime.
 */
final class AgentInfo {

    static final int API_VERSION = 1;

    private final AgentConfig config;
    private final MeasureService measure;
    private final ModelStore models;
    private final String hostname = hostname();

    AgentInfo(AgentConfig config, MeasureService measure, ModelStore models) {
        this.config = config;
        this.measure = measure;
        this.models = models;
    }

    AgentWire.Info toJson() {
        RuntimeFacts f = measure.facts();
        return new AgentWire.Info("evolp", API_VERSION, version(), hostname,
                System.getProperty("os.name") + " " + System.getProperty("os.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), f == null ? null : f.cpuModel(),
                f == null ? System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") : f.jvmVersion(),
                f == null ? null : f.ortVersion(), f != null, measure.busy(), config.threads(), config.maxBodyBytes(),
                models.count(), config.token() != null);
    }

    static String version() {
        String v = AgentInfo.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    /** Without a DNS lookup where possible: a board on an isolated network may wait seconds for one. */
    private static String hostname() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) return env.trim();
        try {
            String s = Files.readString(Path.of("/etc/hostname")).trim();
            if (!s.isEmpty()) return s;
        } catch (IOException | RuntimeException ignored) {
            // not Linux: fall through
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
