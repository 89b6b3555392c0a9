package io.evolp.measure.agent;

import io.evolp.measure.DeviceLostException;
import io.evolp.measure.Measurement;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The agent process going away and coming back, and the agent refusing an unsafe start. */
class AgentRecoveryTest {

    @Test
    void aKilledAgentIsADeviceLostAndTheSameSourceWorksAfterARestartOnTheSamePort() throws Exception {
        AgentProcess first = AgentProcess.start(null, "--port", "0");
        int port = first.port;
        try (AgentSource src = AgentSources.parse("agent:127.0.0.1:" + port, AgentEndToEndTest.FAST)) {
            Measurement before = src.measureLayer(AgentEndToEndTest.LAYER, null).get(60, TimeUnit.SECONDS);
            assertTrue(before.medianMs() > 0);

            first.kill();
            ExecutionException lost = assertThrows(ExecutionException.class,
                    () -> src.measureLayer(AgentEndToEndTest.LAYER, null).get(60, TimeUnit.SECONDS));
            assertInstanceOf(DeviceLostException.class, lost.getCause());
            assertTrue(lost.getCause().getMessage().contains("127.0.0.1:" + port), lost.getCause().getMessage());

            try (AgentProcess second = AgentProcess.start(null, "--port", Integer.toString(port))) {
                assertEquals(port, second.port);
                Measurement after = src.measureLayer(AgentEndToEndTest.LAYER, null).get(60, TimeUnit.SECONDS);
                assertEquals(6, after.count());
                assertEquals(before.source(), after.source(), "same source, same id");
            }
        } finally {
            first.kill();
        }
    }

    @Test
    void listeningBeyondLoopbackWithoutATokenIsRefused() throws Exception {
        AgentProcess.Result r = AgentProcess.run(null, "--bind", "0.0.0.0", "--port", "0");
        assertNotEquals(0, r.process().exitValue());
        assertTrue(r.err().contains("refusing to listen on 0.0.0.0 without a token"), r.err());
        assertEquals(-1, r.port(), "it never listened");
    }
}
