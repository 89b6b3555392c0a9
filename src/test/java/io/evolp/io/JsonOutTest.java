package io.evolp.io;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The writer the command line uses for --json: maps and records on one line, in order, NaN as null. */
class JsonOutTest {

    @Test
    void mapsAreWrittenInOrderOnOneLine() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("n", 3);
        o.put("mape", JsonOut.number(Double.NaN));
        o.put("layers", new double[]{1.5, 2.0});
        o.put("keys", List.of("k3"));
        assertEquals("{\"n\":3,\"mape\":null,\"layers\":[1.5,2.0],\"keys\":[\"k3\"]}", JsonOut.line(o));
    }

    record Sample(String name, double latencyMs) {
    }

    @Test
    void recordFieldsMergeIntoALargerObject() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("model", "vgg16");
        o.putAll(JsonOut.fields(new Sample("a", 2.5)));
        assertEquals("{\"model\":\"vgg16\",\"name\":\"a\",\"latencyMs\":2.5}", JsonOut.line(o));
    }

    @Test
    void finiteNumbersStay() {
        assertEquals(0.1, JsonOut.number(0.1));
        assertNull(JsonOut.number(Double.POSITIVE_INFINITY));
    }

    @Test
    void prettyIsIndented() {
        assertTrue(JsonOut.pretty(Map.of("a", 1)).contains("\n"));
    }

    @Test
    void headTellsFilesApart() {
        JsonHead h = JsonHead.of("\uFEFF{\"kind\": \"evolving\", \"format\": 1}");
        assertEquals("evolving", h.text("kind"));
        assertTrue(h.has("format"));
        assertEquals("", h.text("type"));
        JsonHead lines = JsonHead.of("{\"arch\": \"vgg16\"}\n{\"arch\": \"resnet50\"}\n");
        assertTrue(lines.has("arch"));
        assertNull(JsonHead.of("[1, 2]"));
        assertNull(JsonHead.of("not json"));
    }
}
