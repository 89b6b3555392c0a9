package io.evolp.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.*;

/** {@code evolp agent} refusals and help, in process (the running agent is tested as a process in measure.agent). */
class AgentCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = EvolpCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aNonLoopbackAddressWithoutATokenIsRefused() {
        // only when the environment carries no token, as on CI; with one set the agent would start
        if (System.getenv("EVOLP_AGENT_TOKEN") != null) return;
        Run r = run("agent", "--bind", "0.0.0.0", "--port", "0");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("refusing to listen on 0.0.0.0 without a token"), r.err());
    }

    @Test
    void badOptionsAreRefusedBeforeListening() {
        Run threads = run("agent", "--port", "0", "--threads", "0");
        assertEquals(1, threads.code());
        assertTrue(threads.err().contains("--threads must be 1–256"), threads.err());
        Run token = run("agent", "--port", "0", "--token", "short");
        assertEquals(1, token.code());
        assertTrue(token.err().contains("--token must be at least 8"), token.err());
        Run body = run("agent", "--port", "0", "--max-body-mb", "0");
        assertEquals(1, body.code());
        Run port = run("agent", "--port", "70000");
        assertEquals(1, port.code());
        assertTrue(port.err().contains("--port must be 0–65535"), port.err());
        Run idle = run("agent", "--port", "0", "--idle-timeout", "0");
        assertEquals(1, idle.code());
        assertTrue(idle.err().contains("--idle-timeout must be 1–3600 s, was 0"), idle.err());
        Run head = run("agent", "--port", "0", "--head-timeout", "601");
        assertTrue(head.err().contains("--head-timeout must be 1–600 s"), head.err());
        Run crowd = run("agent", "--port", "0", "--max-connections-per-address", "1");
        assertTrue(crowd.err().contains("--max-connections-per-address must be 2–1024, was 1"), crowd.err());
    }

    @Test
    void helpDescribesTheSafetyDefaults() {
        Run r = run("agent", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("127.0.0.1"), r.out());
        assertTrue(r.out().contains("EVOLP_AGENT_TOKEN"), r.out());
        assertTrue(r.out().contains("409"), r.out());
    }
}
