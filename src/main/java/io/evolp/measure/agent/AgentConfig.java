package io.evolp.measure.agent;

import io.evolp.measure.local.LocalWorkerClient;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Supplier;

/**
 * How {@code evolp agent} runs.
 *
 * @param bind          address to listen on; {@code 127.0.0.1} unless the user says otherwise
 * @param port          TCP port; 0 picks a free one (the agent prints which)
 * @param token         bearer token every request must carry, or null for none (loopback only)
 * @param threads       intra-op threads when a request does not say
 * @param maxBodyBytes  largest request body (an uploaded model); larger ones get 413
 * @param storeBytes    total size of kept uploaded models (least recently used dropped first)
 * @param worker        how to start the measurement worker process
 * @param net           timeouts and connection limits against slow or idle clients
 */
public record AgentConfig(String bind, int port, String token, int threads, long maxBodyBytes, long storeBytes,
                          Supplier<LocalWorkerClient.Options> worker, NetLimits net) {

    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 7878;
    /** Bodies of JSON requests (everything but a model upload): a measure request is a few hundred bytes. */
    static final int MAX_JSON_BYTES = 64 * 1024;

    public AgentConfig {
        if (bind == null || bind.isBlank()) bind = DEFAULT_BIND;
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be 0–65535, was " + port);
        if (token != null && token.isBlank()) token = null;
        if (token != null && (token.length() < 8 || !token.chars().allMatch(c -> c > 32 && c < 127))) {
            throw new IllegalArgumentException("--token must be at least 8 printable characters without spaces");
        }
        if (threads < 1 || threads > 256) throw new IllegalArgumentException("--threads must be 1–256, was " + threads);
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("--max-body-mb is too small");
        if (storeBytes < maxBodyBytes) storeBytes = maxBodyBytes;
        if (net == null) net = NetLimits.defaults();
    }

    public static AgentConfig defaults() {
        return new AgentConfig(DEFAULT_BIND, DEFAULT_PORT, null, 1, 256L << 20, 1024L << 20, LocalWorkerClient.Options::defaults, NetLimits.defaults());
    }

    public AgentConfig withBind(String b) { return new AgentConfig(b, port, token, threads, maxBodyBytes, storeBytes, worker, net); }
    public AgentConfig withPort(int p) { return new AgentConfig(bind, p, token, threads, maxBodyBytes, storeBytes, worker, net); }
    public AgentConfig withToken(String t) { return new AgentConfig(bind, port, t, threads, maxBodyBytes, storeBytes, worker, net); }
    public AgentConfig withThreads(int t) { return new AgentConfig(bind, port, token, t, maxBodyBytes, storeBytes, worker, net); }
    public AgentConfig withMaxBodyBytes(long b) { return new AgentConfig(bind, port, token, threads, b, storeBytes, worker, net); }
    public AgentConfig withStoreBytes(long b) { return new AgentConfig(bind, port, token, threads, maxBodyBytes, b, worker, net); }
    public AgentConfig withWorker(Supplier<LocalWorkerClient.Options> w) { return new AgentConfig(bind, port, token, threads, maxBodyBytes, storeBytes, w, net); }
    public AgentConfig withNet(NetLimits n) { return new AgentConfig(bind, port, token, threads, maxBodyBytes, storeBytes, worker, n); }

    /**
     * The address to bind, after the safety rule: anything but loopback needs a token, since the
     * agent runs code-heavy work for whoever reaches it.
     *
     * @throws IllegalArgumentException for an unresolvable address or a non-loopback one without a token
     */
    InetAddress checkedAddress() {
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve --bind " + bind);
        }
        if (!address.isLoopbackAddress() && token == null) {
            throw new IllegalArgumentException("refusing to listen on " + bind + " without a token: anyone who can reach it could "
                    + "run measurements and upload files; give --token T (or set EVOLP_AGENT_TOKEN), or use an SSH tunnel "
                    + "to an agent on 127.0.0.1");
        }
        return address;
    }
}
