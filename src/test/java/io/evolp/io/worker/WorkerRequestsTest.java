package io.evolp.io.worker;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class WorkerRequestsTest {

    private static String refused(String line) {
        return assertThrows(WorkerRequests.BadRequest.class, () -> WorkerRequests.read(line)).getMessage();
    }

    @Test
    void aRequestAsOldClientsWroteItIsRead() {
        // the exact line the Jackson-tree client wrote before the DTOs
        String old = "{\"op\":\"layer\",\"settings\":{\"threads\":1,\"opt\":\"ALL\",\"warmup\":5,\"repeats\":20,\"rounds\":3,"
                + "\"module_repeats\":2,\"seed\":7},\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":8,\"kh\":3,\"kw\":1,\"sh\":1,"
                + "\"sw\":2,\"ph\":1,\"pw\":0,\"bias\":true,\"groups\":2},\"progress\":true,\"id\":12}";
        WorkerWire.Request r = WorkerRequests.read(old);
        assertEquals("layer", r.op());
        assertEquals(12, ((Number) r.id()).intValue());
        assertEquals(new WorkerWire.Layer(8, 4, 8, 3, 1, 1, 2, 1, 0, true, 2), r.layer());
        assertEquals(new WorkerWire.Settings(1, "ALL", 5, 20, 3, 2, 7L), r.settings());
        assertTrue(r.progress());
        assertEquals(old, r.toJson(), "written back byte for byte");
    }

    @Test
    void aRequestRoundTrips() {
        WorkerWire.Layer l = new WorkerWire.Layer(16, 3, 8, 3, 3, 1, 1, 1, 1, false, 1);
        WorkerWire.Request r = WorkerWire.Request.of("layers", new WorkerWire.Settings(2, "BASIC", 1, 2, 3, 1, 9L))
                .withLayers(List.of(l, l)).withId(4L);
        WorkerWire.Request back = WorkerRequests.read(r.toJson());
        assertEquals(r.layers(), back.layers());
        assertEquals(r.settings(), back.settings());
        assertEquals(4L, ((Number) back.id()).longValue());
    }

    @Test
    void badRequestsAreNamedAndKeepTheirId() {
        assertTrue(refused("this is not json").startsWith("bad request: not JSON"));
        assertTrue(refused("{\"op\":\"layer\",\"layer\": {\"input_size\": 8").startsWith("bad request: not JSON"), "truncated");
        assertEquals("bad request: expected a JSON object", refused("[1,2]"));
        WorkerRequests.BadRequest b = assertThrows(WorkerRequests.BadRequest.class,
                () -> WorkerRequests.read("{\"id\":7,\"op\":\"layer\",\"layer\":{\"cin\":\"x\"}}"));
        assertEquals("layer field 'input_size' must be an integer", b.getMessage());
        assertEquals(7, ((Number) b.id()).intValue());
        assertEquals("'layer' must be an object", refused("{\"op\":\"layer\",\"layer\":5}"));
        String halfKernel = "{\"op\":\"layer\",\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":4,\"kh\":2.5,\"kw\":3,\"sh\":1,\"sw\":1,"
                + "\"ph\":0,\"pw\":0,\"bias\":false,\"groups\":1}}";
        assertEquals("layer field 'kh' must be an integer", refused(halfKernel), "2.5 is refused, not truncated to 2");
        assertEquals("layer field 'bias' must be true or false",
                refused(halfKernel.replace("2.5", "3").replace("false", "\"no\"")));
        assertEquals("settings field 'repeats' must be an integer", refused("{\"op\":\"info\",\"settings\":{\"repeats\":\"many\"}}"));
        assertEquals("bad request: 'layers' must be a non-empty array", refused("{\"op\":\"layers\",\"layers\":[]}"));
        assertEquals("bad request: 'model' must be model JSON text", refused("{\"op\":\"model\",\"model\":{}}"));
    }

    @Test
    void quitIsReadWhateverElseTheLineCarries() {
        assertEquals("quit", WorkerRequests.read("{\"op\":\"quit\",\"settings\":5}").op());
    }
}
