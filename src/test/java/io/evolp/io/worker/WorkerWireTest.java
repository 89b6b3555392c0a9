package io.evolp.io.worker;

import io.evolp.io.wire.WireJson;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class WorkerWireTest {

    static final WorkerWire.Facts FACTS = new WorkerWire.Facts("1.28.0", "ALL", 1, 1, "AMD EPYC", "OpenJDK 17", "Linux 6 amd64");
    static final WorkerWire.Measurement M = new WorkerWire.Measurement(1.5, 1.25, 1.75, 1.0, 2.0, 60,
            new double[]{1.4, 1.5, 1.6}, 12.5, 2, FACTS);

    @Test
    void answersHaveTheProtocolsShape() {
        assertEquals("{\"id\":3,\"ok\":false,\"error\":\"boom\"}", WorkerWire.Answer.error(3L, "boom").toJson());
        assertEquals("{\"ok\":false,\"error\":\"bad request: expected a JSON object\"}",
                WorkerWire.Answer.error(null, "bad request: expected a JSON object").toJson(), "no id when the request had none");
        String ok = WorkerWire.Answer.ok(5L).withResult(M).toJson();
        assertTrue(ok.startsWith("{\"id\":5,\"ok\":true,\"result\":{\"medianMs\":1.5,\"q1Ms\":1.25,\"q3Ms\":1.75,\"minMs\":1.0,"
                + "\"maxMs\":2.0,\"runs\":60,\"roundMediansMs\":[1.4,1.5,1.6],\"sessionCreateMs\":12.5,\"divisor\":2,"
                + "\"facts\":{\"ortVersion\":\"1.28.0\""), ok);
        assertEquals("{\"id\":\"a\",\"progress\":{\"done\":2,\"total\":6}}",
                WireJson.write(new WorkerWire.Progress("a", new WorkerWire.Done(2, 6))));
        assertEquals("{\"ready\":true,\"ort\":null,\"cpu\":\"x\",\"jvm\":\"j\",\"pid\":42}",
                WireJson.write(new WorkerWire.Hello(true, null, "x", "j", 42)));
    }

    @Test
    void aClientReadsEveryKindOfLine() {
        WorkerWire.Message hello = WorkerWire.Message.parse("{\"ready\":true,\"ort\":\"1.28.0\",\"cpu\":\"x\",\"jvm\":\"j\",\"pid\":42}");
        assertTrue(hello.isReady());
        WorkerWire.Message answer = WorkerWire.Message.parse(WorkerWire.Answer.ok(9L).withResults(List.of(M, M)).toJson());
        assertTrue(answer.isOk());
        assertEquals(9, answer.idAsLong());
        assertEquals(2, answer.results().size());
        assertArrayEquals(M.roundMediansMs(), answer.results().get(1).roundMediansMs());
        assertEquals(FACTS, answer.results().get(0).facts());
        WorkerWire.Message progress = WorkerWire.Message.parse("{\"id\":9,\"progress\":{\"done\":1,\"total\":3}}");
        assertEquals(new WorkerWire.Done(1, 3), progress.progress());
        WorkerWire.Message newer = WorkerWire.Message.parse("{\"id\":9,\"ok\":false,\"error\":\"e\",\"hint\":\"from a newer worker\"}");
        assertEquals("e", newer.error(), "unknown fields of a newer worker are ignored");
    }

    @Test
    void noiseIsNoMessage() {
        assertNull(WorkerWire.Message.parse("libgomp: warning"));
        assertNull(WorkerWire.Message.parse("{\"id\":1,\"ok\":tru"), "a torn line");
        assertNull(WorkerWire.Message.parse("{\"progress\":5}"), "a line of another shape");
    }
}
