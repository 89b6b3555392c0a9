package io.evolp.measure.agent;

import java.net.URI;

/**
 * Where an agent is reached: directly, or through an SSH tunnel that may have to be (re)opened before
 * each request — hence a method rather than a fixed URI.
 */
public interface AgentEndpoint extends AutoCloseable {

    /**
     * Base URI such as {@code http://127.0.0.1:7878}.
     *
     * @throws io.evolp.measure.DeviceLostException when the way to the agent cannot be opened right now
     * @throws io.evolp.measure.MeasurementException when it never will be as configured (unknown host key)
     */
    URI base();

    /** Source id: {@code agent:host:port} or {@code agent:ssh://user@host:22?agent_port=7878}; no secrets. */
    String id();

    /** For messages: the address the user typed, e.g. {@code 192.0.2.7:7878}. */
    String address();

    /** Called after a connection failure: a tunnel is dropped so the next {@link #base()} opens a new one. */
    default void reset() {
    }

    @Override
    default void close() {
    }

    /** An agent reached over HTTP at host:port. */
    static AgentEndpoint direct(String host, int port) {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        URI uri = URI.create("http://" + h + ":" + port);
        return new AgentEndpoint() {
            @Override public URI base() { return uri; }
            @Override public String id() { return "agent:" + h + ":" + port; }
            @Override public String address() { return h + ":" + port; }
        };
    }
}
