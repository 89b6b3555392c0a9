package io.evolp.measure.agent;

import java.net.URI;

/**
 * An agent bound to 127.0.0.1 on a device, reached through an {@link SshTunnel} that is opened on
 * first use and again after it broke (the device rebooted, the link dropped), so a campaign that
 * waits for a lost device picks up again without the user re-typing anything.
 */
final class SshEndpoint implements AgentEndpoint {

    private final SshTunnel.Settings ssh;
    private final int agentPort;
    private SshTunnel tunnel;

    SshEndpoint(SshTunnel.Settings ssh, int agentPort) {
        this.ssh = ssh;
        this.agentPort = agentPort;
    }

    @Override
    public synchronized URI base() {
        if (tunnel == null || !tunnel.isOpen()) {
            if (tunnel != null) tunnel.close();
            tunnel = null;
            tunnel = SshTunnel.open(ssh, "127.0.0.1", agentPort);
        }
        return URI.create("http://127.0.0.1:" + tunnel.localPort());
    }

    @Override
    public String id() {
        return "agent:ssh://" + ssh.address() + "?agent_port=" + agentPort;
    }

    @Override
    public String address() {
        return ssh.address() + " → 127.0.0.1:" + agentPort + " (SSH tunnel)";
    }

    /**
     * After a failed request the tunnel is only dropped when SSH itself is down: with SSH up, a
     * refused forward means the agent is down, and a new tunnel would not help.
     */
    @Override
    public synchronized void reset() {
        if (tunnel != null && !tunnel.isOpen()) {
            tunnel.close();
            tunnel = null;
        }
    }

    @Override
    public synchronized void close() {
        if (tunnel != null) tunnel.close();
        tunnel = null;
    }
}
