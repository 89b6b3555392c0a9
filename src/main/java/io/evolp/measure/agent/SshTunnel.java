package io.evolp.measure.agent;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchChangedHostKeyException;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchUnknownHostKeyException;
import com.jcraft.jsch.Session;
import io.evolp.measure.DeviceLostException;
import io.evolp.measure.MeasurementException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A local port forward over SSH ({@code ssh -L 127.0.0.1:<free>:127.0.0.1:<agent port> user@host}),
 * opened by the workbench itself with JSch: key authentication only, and the host key checked
 * against known_hosts — an unknown or changed host key is refused, never accepted on first use,
 * because the token would otherwise go to whoever answers. So the agent can stay bound to
 * 127.0.0.1 on the device and needs no token of its own.
 */
public final class SshTunnel implements AutoCloseable {

    /**
     * @param user       login name
     * @param host       SSH server (the device)
     * @param port       SSH port, usually 22
     * @param keyFile    private key; null: the first of ~/.ssh/id_ed25519, id_ecdsa, id_rsa that exists
     * @param knownHosts known_hosts file; null: ~/.ssh/known_hosts
     * @param timeout    connect timeout
     */
    public record Settings(String user, String host, int port, Path keyFile, Path knownHosts, Duration timeout) {

        public Settings {
            if (user == null || user.isBlank()) throw new IllegalArgumentException("ssh needs a user name");
            if (host == null || host.isBlank()) throw new IllegalArgumentException("ssh needs a host");
            if (port < 1 || port > 65535) throw new IllegalArgumentException("ssh port must be 1–65535, was " + port);
            if (timeout == null) timeout = Duration.ofSeconds(10);
        }

        String address() {
            return user + "@" + host + ":" + port;
        }

        Path key() {
            if (keyFile != null) return keyFile;
            Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
            for (String name : List.of("id_ed25519", "id_ecdsa", "id_rsa")) {
                if (Files.isReadable(ssh.resolve(name))) return ssh.resolve(name);
            }
            throw new MeasurementException("no SSH key for " + address() + ": none of ~/.ssh/id_ed25519, id_ecdsa, id_rsa exists; "
                    + "give one with key=<file>");
        }

        Path hosts() {
            return knownHosts != null ? knownHosts : Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");
        }
    }

    private final Settings settings;
    private final Session session;
    private final int localPort;

    private SshTunnel(Settings settings, Session session, int localPort) {
        this.settings = settings;
        this.session = session;
        this.localPort = localPort;
    }

    /**
     * Connects and forwards a free port on 127.0.0.1 to {@code remoteHost:remotePort} as seen from the SSH host.
     *
     * @throws MeasurementException      for what a retry cannot cure: unknown or changed host key, no key, refused key
     * @throws DeviceLostException       when the SSH host cannot be reached
     */
    public static SshTunnel open(Settings s, String remoteHost, int remotePort) {
        Path hosts = s.hosts();
        if (!Files.isReadable(hosts)) {
            throw new MeasurementException("cannot check the host key of " + s.host() + ": " + hosts + " is missing; connect once with "
                    + "'ssh -p " + s.port() + " " + s.user() + "@" + s.host() + "' and verify the fingerprint, or give known_hosts=<file>");
        }
        Path key = s.key();
        Session session = null;
        try {
            JSch jsch = new JSch();
            jsch.setKnownHosts(hosts.toString());
            jsch.addIdentity(key.toString());
            session = jsch.getSession(s.user(), s.host(), s.port());
            session.setConfig("StrictHostKeyChecking", "yes");
            session.setConfig("PreferredAuthentications", "publickey");
            session.setServerAliveInterval(15_000); // a dead link shows within ~45 s instead of a TCP timeout
            session.setServerAliveCountMax(3);
            session.connect((int) s.timeout().toMillis());
            int local = session.setPortForwardingL("127.0.0.1", 0, remoteHost, remotePort);
            return new SshTunnel(s, session, local);
        } catch (JSchException e) {
            if (session != null) session.disconnect();
            throw translate(s, key, hosts, e);
        }
    }

    private static MeasurementException translate(Settings s, Path key, Path hosts, JSchException e) {
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        if (e instanceof JSchUnknownHostKeyException) {
            return new MeasurementException("refusing to connect: the host key of " + s.host() + ":" + s.port() + " is not in " + hosts
                    + "; verify its fingerprint and add it (e.g. connect once with ssh) — " + msg, e);
        }
        if (e instanceof JSchChangedHostKeyException) {
            return new MeasurementException("refusing to connect: the host key of " + s.host() + ":" + s.port() + " differs from the one in "
                    + hosts + " — someone may be intercepting the connection, or the device was reinstalled — " + msg, e);
        }
        if (msg.contains("Auth fail") || msg.contains("Auth cancel")) {
            return new MeasurementException("SSH login to " + s.address() + " with key " + key + " was refused (is its public key in "
                    + "~/.ssh/authorized_keys on the device?)", e);
        }
        if (msg.contains("invalid privatekey") || msg.contains("privatekey")) {
            return new MeasurementException("cannot use SSH key " + key + ": " + msg, e);
        }
        if (e.getCause() instanceof IOException || msg.contains("timeout") || msg.contains("Connection refused")) {
            return new DeviceLostException("SSH host " + s.address() + " is unreachable: " + msg, e);
        }
        return new MeasurementException("SSH tunnel to " + s.address() + " failed: " + msg, e);
    }

    /** The forwarded port on 127.0.0.1. */
    public int localPort() {
        return localPort;
    }

    public boolean isOpen() {
        return session.isConnected();
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public void close() {
        session.disconnect();
    }
}
