package io.evolp.measure.agent;

import io.evolp.measure.local.LocalMeasurement;
import io.evolp.measure.local.LocalWorkerClient;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The worker's progress lines, which the agent's job progress is made of: one per finished round. */
class WorkerProgressTest {

    @Test
    void eachRoundIsReportedBeforeTheAnswer() {
        List<String> seen = new ArrayList<>();
        try (LocalWorkerClient client = new LocalWorkerClient()) {
            LocalMeasurement m = client.measureLayer(AgentEndToEndTest.LAYER, AgentEndToEndTest.FAST.withRounds(3),
                    (done, total) -> seen.add(done + "/" + total));
            assertEquals(9, m.runs());
            // without a listener no progress lines are asked for, and the answer is the same kind
            assertEquals(6, client.measureLayer(AgentEndToEndTest.LAYER, AgentEndToEndTest.FAST).runs());
        }
        assertEquals(List.of("1/3", "2/3", "3/3"), seen);
    }
}
