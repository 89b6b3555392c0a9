package io.evolp.ui.devices;

import io.evolp.io.agent.AgentWire;
import io.evolp.measure.agent.AgentClient;
import io.evolp.measure.local.LocalSettings;
import io.evolp.measure.local.LocalWorkerClient;
import io.evolp.measure.local.RuntimeFacts;
import io.evolp.task.CancelledException;
import io.evolp.task.ProgressMonitor;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * "Test" on a real device, run on a worker: what the device and its runtime are, as label → value.
 * Local starts the worker process (JVM + ONNX Runtime) and asks it; an agent is asked over HTTP —
 * and since an agent learns its CPU and ONNX Runtime version from its own worker a few seconds
 * after it starts, the test waits (up to {@link #AGENT_READY_MS}) for that.
 */
final class ConnectionTest {

    static final long AGENT_READY_MS = 30_000;
    private static final long POLL_MS = 300;

    private ConnectionTest() {
    }

    static Map<String, String> local(LocalWorkerClient client, LocalSettings settings, ProgressMonitor pm) {
        pm.progress(-1, 0, "starting the local measurement worker (JVM + ONNX Runtime)");
        RuntimeFacts f = client.info(settings);
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ONNX Runtime", f.ortVersion());
        m.put("CPU", f.cpuModel());
        m.put("Intra-op threads", Integer.toString(f.intraOpThreads()));
        m.put("Optimisation level", f.optLevel());
        m.put("JVM (worker)", f.jvmVersion());
        m.put("OS", f.os());
        m.put("Worker start", String.format(Locale.ROOT, "%.1f s (JVM start and ONNX Runtime load; once per session)",
                client.lastStartMs() / 1000));
        return m;
    }

    static Map<String, String> agent(AgentClient client, ProgressMonitor pm) {
        pm.progress(-1, 0, "asking " + client.endpoint().address() + " for its info");
        AgentWire.Info info = client.info();
        long deadline = System.currentTimeMillis() + AGENT_READY_MS;
        while (Boolean.FALSE.equals(info.workerReady()) && System.currentTimeMillis() < deadline) {
            pm.progress(-1, 0, "the agent's measurement worker is starting …");
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            }
            pm.checkCancelled();
            info = client.info();
        }
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Hostname", text(info.hostname()));
        m.put("OS", text(info.os()));
        m.put("Architecture", text(info.arch()));
        m.put("CPU", text(info.cpuModel()));
        m.put("Cores", text(info.cores()));
        m.put("JVM", text(info.jvm()));
        m.put("ONNX Runtime", text(info.ortVersion()));
        m.put("Busy", info.busy() ? "yes — measuring for someone" : "no");
        m.put("Agent version", text(info.agentVersion()));
        m.put("Token", info.tokenRequired() ? "required (accepted)" : "not required (loopback only)");
        return m;
    }

    private static String text(Object v) {
        return v == null ? "not known yet (its worker is still starting)" : v.toString();
    }

    /** One line for a failed test: the cause in words, plus what to check for the usual ones. */
    static String reason(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ConnectException) return "connection refused — is `evolp agent` running there, on that port? (" + head(e) + ")";
            if (c instanceof HttpConnectTimeoutException) return "no answer within the connect timeout — wrong host, or a firewall? (" + head(e) + ")";
            if (c.getCause() == c) break;
        }
        return head(e);
    }

    private static String head(Throwable e) {
        return io.evolp.ui.common.Messages.oneLine(e).lines().findFirst().orElse("");
    }
}
