package io.evolp.io.agent;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

class MeasureRequestReaderTest {

    private static AgentWire.MeasureRequest read(String body) {
        return MeasureRequestReader.read(body.getBytes(StandardCharsets.UTF_8));
    }

    private static WireProblem refused(String body) {
        WireProblem p = assertThrows(WireProblem.class, () -> read(body));
        assertEquals(400, p.status());
        return p;
    }

    @Test
    void aBodyAsOldClientsSentItIsRead() {
        // what AgentClient wrote with Jackson trees before issue 12
        AgentWire.MeasureRequest r = read("{\"layer\":{\"input_size\":56,\"cin\":64,\"cout\":64,\"k\":3,\"s\":[1,2],\"p\":1,"
                + "\"groups\":1,\"bias\":false},\"settings\":{\"warmup\":5,\"repeats\":20,\"rounds\":3,\"module_repeats\":2,"
                + "\"threads\":1,\"opt_level\":\"all\",\"seed\":42},\"async\":true}");
        assertArrayEquals(new int[]{3}, r.layer().k());
        assertArrayEquals(new int[]{1, 2}, r.layer().s());
        assertEquals("ALL", r.settings().optLevel(), "normalised for the mapper");
        assertEquals(42L, r.settings().seed());
        assertTrue(r.async());
        assertEquals("a".repeat(64), read("{\"model_sha256\":\"" + "a".repeat(64) + "\"}").modelSha256());
    }

    @Test
    void aWrittenRequestReadsBack() {
        AgentWire.MeasureRequest r = new AgentWire.MeasureRequest(
                new AgentWire.Layer(17, 8, 16, new int[]{1, 7}, new int[]{2}, new int[]{0, 3}, 2, true),
                null, new AgentWire.Settings(1, 2, 3, 4, 5, "NONE", 6L), false);
        String wire = AgentWire.write(r);
        assertTrue(wire.contains("\"s\":2,"), "one value for both axes is a plain number: " + wire);
        AgentWire.MeasureRequest back = read(wire);
        assertArrayEquals(new int[]{1, 7}, back.layer().k());
        assertEquals(r.settings(), back.settings());
        assertEquals(Boolean.FALSE, back.async());
    }

    @Test
    void truncatedAndMalformedBodiesNameLineAndColumn() {
        WireProblem p = refused("{\"layer\":\n {\"input_size\": 8,");
        assertTrue(p.getMessage().startsWith("not valid JSON at line 2, column 19: "), "a cut-off body: " + p.getMessage());
        p = refused("{\"layer\": {\"input_size\": \"8");
        assertTrue(p.getMessage().contains("line 1, column "), p.getMessage());
        p = refused("{\"layer\":\n  {\"cin\": ]}}");
        assertTrue(p.getMessage().startsWith("not valid JSON at line 2, column "), p.getMessage());
        p = refused("{\"async\":true} {}");
        assertTrue(p.getMessage().contains("more after the JSON value"), p.getMessage());
        assertTrue(refused("").getMessage().startsWith("empty body"));
    }

    @Test
    void everyProblemNamesItsField() {
        String layer = "{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":4,\"k\":3}";
        assertEquals("layer.cout", refused("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":4.5,\"k\":3}}").field());
        assertEquals("layer.k", refused("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":4}}").field());
        assertEquals("layer.k", refused("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":4,\"k\":[1,2,3]}}").field());
        assertEquals("settings.opt_level", refused(layer + ",\"settings\":{\"opt_level\":\"turbo\"}}").field());
        assertEquals("settings.threads", refused(layer + ",\"settings\":{\"threads\":null}}").field());
        WireProblem p = refused(layer + ",\"settings\":{\"wramup\":1}}");
        assertEquals("settings.wramup", p.field());
        assertTrue(p.getMessage().contains("did you mean 'warmup'"), p.getMessage());
        assertEquals("model_sha256", refused("{\"model_sha256\":\"abc\"}").field());
        assertTrue(refused("[1]").getMessage().contains("expected a JSON object, was an array"));
    }
}
