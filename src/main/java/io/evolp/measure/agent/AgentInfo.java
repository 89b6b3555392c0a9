package io.evolp.measure.agent;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.io.Json;
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

    ObjectNode toJson() {
        RuntimeFacts f = measure.facts();
        ObjectNode n = Json.mapper().createObjectNode().put("agent", "evolp").put("api", API_VERSION)
                .put("agent_version", version()).put("hostname", hostname)
                .put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"))
                .put("arch", System.getProperty("os.arch"))
                .put("cores", Runtime.getRuntime().availableProcessors())
                .put("cpu_model", f == null ? null : f.cpuModel())
                .put("jvm", f == null ? System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") : f.jvmVersion())
                .put("ort_version", f == null ? null : f.ortVersion())
                .put("worker_ready", f != null)
                .put("busy", measure.busy())
                .put("default_threads", config.threads())
                .put("max_body_bytes", config.maxBodyBytes())
                .put("models_stored", models.count())
                .put("token_required", config.token() != null);
        return n;
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
