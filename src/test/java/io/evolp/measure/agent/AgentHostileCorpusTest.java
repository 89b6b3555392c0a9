package io.evolp.measure.agent;

import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.io.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The agent's part of issue 11's hostile corpus: every case is answered with its expected status and
 * a message naming the problem, as JSON (never an HTML page, never a 500), with control characters
 * escaped; slow and idle clients are cut off within the (short, test) limits, and the agent keeps
 * answering authorised requests throughout. An in-process agent with a 64 KiB upload limit.
 */
class AgentHostileCorpusTest {

    static final String TOKEN = "corpus-token-123";
    /** Short limits so the slow cases take about a second each. */
    static final NetLimits LIMITS = new NetLimits(1500, 800, 1024, 6, 64, 16);

    static AgentServer agent;

    @BeforeAll
    static void start() throws Exception {
        agent = AgentServer.start(AgentConfig.defaults().withPort(0).withToken(TOKEN).withMaxBodyBytes(64 * 1024).withNet(LIMITS),
                new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterAll
    static void stop() {
        if (agent != null) agent.close();
    }

    static List<HostileAgentRequests.Case> cases() {
        return HostileAgentRequests.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostileRequestIsRefusedCleanly(HostileAgentRequests.Case c) throws Exception {
        RawHttp.Answer a = c.run(agent.port());
        assertEquals(c.status(), a.status(), c.name() + " → " + a.head() + a.body());
        String said = a.body();
        if (a.status() > 0) {
            assertTrue(a.isJson(), "JSON, not a server page: " + a.head());
            assertFalse(a.body().toLowerCase().contains("<html"), a.body());
            assertTrue(a.body().chars().noneMatch(ch -> ch < 0x20 && ch != '\n'), "control characters escaped: " + a.body());
            if (a.status() >= 400) {
                JsonNode error = Json.mapper().readTree(a.body()).path("error");
                assertTrue(error.isTextual(), a.body());
                said = error.asText(); // the message as a client shows it
                assertTrue(said.chars().noneMatch(Character::isISOControl), "escaped for a terminal: " + said);
            }
        }
        assertTrue(said.contains(c.fragment()), c.name() + ": expected '" + c.fragment() + "' in " + a.head() + a.body());
        assertTrue(a.millis() < c.maxMillis(), c.name() + " answered in " + a.millis() + " ms, limit " + c.maxMillis());
        waitFor(() -> {
            try {
                return agent.partFiles() == 0;
            } catch (Exception e) {
                return false;
            }
        }, "no part file left behind");
        assertEquals(200, RawHttp.exchange(agent.port(), RawHttp.request("GET", "/v1/info", "Bearer " + TOKEN, null)).status(),
                "the agent still answers after " + c.name());
    }

    @Test
    void theCorpusIsLargeEnough() {
        assertTrue(cases().size() >= 40, "issue 11 asks for at least 40 agent cases, have " + cases().size());
    }

    @Test
    void connectionsAreCountedAndReleasedPerAddress() throws Exception {
        InetAddress me = InetAddress.getLoopbackAddress();
        waitFor(() -> agent.connections(me) == 0, "earlier connections released");
        try (var a = RawHttp.open(agent.port()); var b = RawHttp.open(agent.port())) {
            waitFor(() -> agent.connections(me) == 2, "two open connections counted");
        }
        waitFor(() -> agent.connections(me) == 0, "closed connections released");
    }

    static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) fail("timed out waiting: " + what);
            Thread.sleep(10);
        }
    }
}
