package io.evolp.measure.agent;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.KeyPair;
import io.evolp.measure.DeviceLostException;
import io.evolp.measure.Measurement;
import io.evolp.measure.MeasurementException;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The SSH tunnel for real, on loopback: an in-process Apache MINA SSH server with a generated host
 * key (written to a temp known_hosts) and a generated client key it accepts, forwarding to an agent
 * that listens on 127.0.0.1 without a token — the intended deployment.
 */
class SshTunnelTest {

    @TempDir
    static Path dir;

    private static SshServer sshd;
    private static AgentServer agent;
    private static Path clientKey, otherKey, knownHosts;
    private static java.security.KeyPair hostKey;

    @BeforeAll
    static void start() throws Exception {
        JSch jsch = new JSch();
        clientKey = dir.resolve("id_ecdsa");
        String authorized = writeKey(jsch, clientKey);
        otherKey = dir.resolve("other_ecdsa");
        writeKey(jsch, otherKey);

        hostKey = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
        sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(0);
        sshd.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        sshd.setPublickeyAuthenticator((user, key, session) -> "tester".equals(user) && PublicKeyEntry.toString(key).equals(authorized));
        sshd.setForwardingFilter(AcceptAllForwardingFilter.INSTANCE);
        sshd.start();
        knownHosts = dir.resolve("known_hosts");
        Files.writeString(knownHosts, "[127.0.0.1]:" + sshd.getPort() + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n");

        agent = AgentServer.start(AgentConfig.defaults().withPort(0), System.err);
    }

    @AfterAll
    static void stop() throws Exception {
        if (agent != null) agent.close();
        if (sshd != null) sshd.stop(true);
    }

    /** Writes a new ECDSA key pair (private key file + .pub) and returns the public key as "type base64". */
    private static String writeKey(JSch jsch, Path file) throws Exception {
        KeyPair kp = KeyPair.genKeyPair(jsch, KeyPair.ECDSA, 256);
        kp.writePrivateKey(file.toString());
        ByteArrayOutputStream pub = new ByteArrayOutputStream();
        kp.writePublicKey(pub, "test");
        String[] parts = pub.toString(StandardCharsets.US_ASCII).trim().split(" ");
        return parts[0] + " " + parts[1];
    }

    private static String spec(Path known, Path key) {
        return "agent:ssh://tester@127.0.0.1:" + sshd.getPort() + "?agent_port=" + agent.port() + "&key=" + key + "&known_hosts=" + known;
    }

    @Test
    void aLayerIsMeasuredThroughTheTunnel() throws Exception {
        try (AgentSource src = AgentSources.parse(spec(knownHosts, clientKey), AgentEndToEndTest.FAST)) {
            assertEquals("agent:ssh://tester@127.0.0.1:" + sshd.getPort() + "?agent_port=" + agent.port(), src.id());
            assertEquals("evolp", src.client().info().agent());
            Measurement m = src.measureLayer(AgentEndToEndTest.LAYER, null).get(60, TimeUnit.SECONDS);
            assertEquals(6, m.count());
            assertTrue(m.medianMs() > 0);
        }
    }

    @Test
    void anUnknownHostIsRefused() throws Exception {
        Path empty = Files.writeString(dir.resolve("known_hosts_empty"), "");
        MeasurementException e = assertThrows(MeasurementException.class, () -> SshTunnel.open(settings(empty, clientKey), "127.0.0.1", agent.port()));
        assertFalse(e instanceof DeviceLostException);
        assertTrue(e.getMessage().contains("is not in"), e.getMessage());
    }

    @Test
    void aChangedHostKeyIsRefused() throws Exception {
        java.security.KeyPair impostor = KeyUtils.generateKeyPair("ecdsa-sha2-nistp256", 256);
        Path wrong = Files.writeString(dir.resolve("known_hosts_wrong"),
                "[127.0.0.1]:" + sshd.getPort() + " " + PublicKeyEntry.toString(impostor.getPublic()) + "\n");
        MeasurementException e = assertThrows(MeasurementException.class, () -> SshTunnel.open(settings(wrong, clientKey), "127.0.0.1", agent.port()));
        assertTrue(e.getMessage().contains("differs"), e.getMessage());
    }

    @Test
    void aKeyTheServerDoesNotKnowIsRefused() {
        MeasurementException e = assertThrows(MeasurementException.class, () -> SshTunnel.open(settings(knownHosts, otherKey), "127.0.0.1", agent.port()));
        assertTrue(e.getMessage().contains("was refused"), e.getMessage());
    }

    @Test
    void aSourceWhoseSshHostIsUnreachableReportsTheDeviceLost() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort(); // free again after close: nothing listens there
        }
        Path known = Files.writeString(dir.resolve("known_hosts_closed"),
                "[127.0.0.1]:" + closedPort + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n");
        String spec = "agent:ssh://tester@127.0.0.1:" + closedPort + "?agent_port=" + agent.port() + "&key=" + clientKey + "&known_hosts=" + known;
        try (AgentSource src = AgentSources.parse(spec, AgentEndToEndTest.FAST)) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> src.measureLayer(AgentEndToEndTest.LAYER, null).get(30, TimeUnit.SECONDS));
            assertInstanceOf(DeviceLostException.class, e.getCause(), e.getCause().toString());
        }
    }

    @Test
    void theTunnelForwardsAFreeLoopbackPortAndCloses() {
        SshTunnel t = SshTunnel.open(settings(knownHosts, clientKey), "127.0.0.1", agent.port());
        try {
            assertTrue(t.isOpen());
            assertTrue(t.localPort() > 0 && t.localPort() != agent.port());
            AgentClient c = new AgentClient(AgentEndpoint.direct("127.0.0.1", t.localPort()), null);
            assertEquals(AgentInfo.API_VERSION, c.info().api());
        } finally {
            t.close();
        }
        assertFalse(t.isOpen());
    }

    private static SshTunnel.Settings settings(Path known, Path key) {
        return new SshTunnel.Settings("tester", "127.0.0.1", sshd.getPort(), key, known, Duration.ofSeconds(10));
    }
}
