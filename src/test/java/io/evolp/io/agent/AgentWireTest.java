package io.evolp.io.agent;

import io.evolp.io.worker.WorkerWire;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class AgentWireTest {

    @Test
    void errorsNameTheFieldOnlyWhenThereIsOne() {
        assertEquals("{\"error\":\"no\",\"field\":\"layer.cin\"}", AgentWire.write(new AgentWire.Error("no", "layer.cin")));
        assertEquals("{\"error\":\"busy\"}", AgentWire.write(new AgentWire.Error("busy", null)));
    }

    @Test
    void aJobShowsItsResultOrError() {
        assertEquals("{\"id\":\"1\",\"state\":\"running\",\"what\":\"layer x\",\"done\":1,\"total\":3,\"created\":\"t\"}",
                AgentWire.write(new AgentWire.Job("1", "running", "layer x", 1, 3, "t", null, null)));
        WorkerWire.Measurement m = new WorkerWire.Measurement(1, 1, 1, 1, 1, 5, new double[]{1}, 2, 1, null);
        String done = AgentWire.write(new AgentWire.Job("2", "done", "w", 3, 3, "t",
                new AgentWire.Result("layer", new AgentWire.Settings(1, 2, 3, 4, 5, "ALL", 6L), m), null));
        assertTrue(done.contains("\"result\":{\"kind\":\"layer\",\"settings\":{\"warmup\":1,"), done);
        assertTrue(done.contains("\"roundMediansMs\":[1.0]"), "arrays stay arrays in answers: " + done);
        AgentWire.Answer a = AgentWire.readAnswer(done, AgentWire.Answer.class);
        assertEquals("done", a.state());
        assertEquals(5, a.result().measurement().runs());
    }

    @Test
    void infoKeepsUnknownValuesAsNull() {
        AgentWire.Info i = new AgentWire.Info("evolp", 1, "dev", "h", "Linux", "amd64", 2, null, "jvm", null, false, false,
                1, 1024, 0, true);
        String json = AgentWire.write(i);
        assertTrue(json.startsWith("{\"agent\":\"evolp\",\"api\":1,\"agent_version\":\"dev\""), json);
        assertTrue(json.contains("\"cpu_model\":null"), json);
        assertEquals(i, AgentWire.readAnswer(json, AgentWire.Info.class));
    }

    @Test
    void clientsReadAnswersLeniently() {
        AgentWire.Answer a = AgentWire.readAnswer("{\"error\":\"x\",\"field\":\"model_sha256\",\"hint\":\"new\"}", AgentWire.Answer.class);
        assertEquals("model_sha256", a.field());
        assertNull(AgentWire.readAnswer("<html>", AgentWire.Answer.class));
    }
}
