package io.evolp.measure.agent;

import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.core.LayerConfig;
import io.evolp.io.Json;
import io.evolp.io.agent.AgentWire;
import io.evolp.io.agent.MeasureRequestReader;
import io.evolp.io.agent.WireProblem;
import io.evolp.measure.local.LocalSettings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The agent request path as {@code AgentApi} runs it: strict DTO reader, then the domain mapper. */
class AgentWireMapperTest {

    private static MeasureRequest parse(String json) {
        return parse(json, 1);
    }

    private static MeasureRequest parse(String json, int threads) {
        try {
            return AgentWireMapper.request(MeasureRequestReader.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), threads);
        } catch (WireProblem p) {
            throw new RequestProblem(p.status(), p.getMessage(), p.field());
        }
    }

    private static String badField(String json) throws Exception {
        RequestProblem p = assertThrows(RequestProblem.class, () -> parse(json));
        assertEquals(400, p.status());
        return p.field();
    }

    @Test
    void aLayerRoundTripsIncludingRectangularKernels() throws Exception {
        LayerConfig c = new LayerConfig(17, 64, 96, 1, 7, 1, 2, 0, 3, true, 1);
        String wire = AgentWire.write(new AgentWire.MeasureRequest(AgentWireMapper.layer(c), null, null, null));
        JsonNode n = Json.mapper().readTree(wire).get("layer");
        assertEquals(2, n.get("k").size());
        assertEquals(1, n.get("s").get(0).asInt());
        assertTrue(n.get("p").isArray());
        MeasureRequest r = parse(wire);
        assertEquals(c, r.layer());
        assertEquals(LocalSettings.defaults(), r.settings());
        assertFalse(r.async());
    }

    @Test
    void defaultsFillMissingLayerAndSettingsFields() throws Exception {
        MeasureRequest r = parse(
                "{\"layer\":{\"input_size\":56,\"cin\":32,\"cout\":32,\"k\":3},\"settings\":{\"rounds\":5,\"opt_level\":\"basic\"},\"async\":true}", 4);
        assertEquals(LayerConfig.of(56, 32, 32, 3, 1, 0, 1), r.layer());
        assertEquals(5, r.settings().rounds());
        assertEquals(4, r.settings().intraOpThreads(), "the agent's --threads when the request does not say");
        assertEquals(LocalSettings.OptLevel.BASIC, r.settings().optLevel());
        assertTrue(r.async());
    }

    @Test
    void settingsRoundTrip() throws Exception {
        LocalSettings s = new LocalSettings(3, LocalSettings.OptLevel.NONE, 2, 7, 4, 9, 42);
        assertEquals(s, AgentWireMapper.settings(AgentWireMapper.settings(s), 1));
    }

    @Test
    void aSquareLayerIsWrittenWithPlainNumbersAsOldAgentsExpect() throws Exception {
        String wire = AgentWire.write(new AgentWire.MeasureRequest(AgentWireMapper.layer(LayerConfig.of(56, 32, 64, 3, 1, 1, 1)),
                null, AgentWireMapper.settings(LocalSettings.defaults()), true));
        assertEquals("{\"input_size\":56,\"cin\":32,\"cout\":64,\"k\":3,\"s\":1,\"p\":1,\"groups\":1,\"bias\":false}",
                Json.mapper().readTree(wire).get("layer").toString());
        assertTrue(wire.endsWith(",\"async\":true}"), wire);
        assertTrue(wire.contains("\"settings\":{\"warmup\":"), wire);
    }

    @Test
    void malformedBodiesNameLineAndColumn() {
        RequestProblem p = assertThrows(RequestProblem.class, () -> parse("{\"layer\":\n  {\"cin\": }"));
        assertEquals(400, p.status());
        assertTrue(p.getMessage().contains("line 2, column"), p.getMessage());
        p = assertThrows(RequestProblem.class, () -> parse("{\"layer\": {\"input_size\": 8"));
        assertTrue(p.getMessage().contains("truncated"), p.getMessage());
        p = assertThrows(RequestProblem.class, () -> parse("{\"async\":true,\"async\":false}"));
        assertTrue(p.getMessage().contains("duplicate field"), p.getMessage());
        p = assertThrows(RequestProblem.class, () -> parse("{\"layer\":null}"));
        assertEquals("layer", p.field());
        p = assertThrows(RequestProblem.class, () -> parse("{\"layer\":{\"input_size\":8,\"cni\":4,\"cout\":4,\"k\":3}}"));
        assertTrue(p.getMessage().contains("did you mean 'cin'"), p.getMessage());
    }

    @Test
    void everyBadFieldIsNamed() throws Exception {
        assertEquals("layer.input_size", badField("{\"layer\":{\"input_size\":0,\"cin\":4,\"cout\":4,\"k\":3}}"));
        assertEquals("layer.cout", badField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":4.5,\"k\":3}}"));
        assertEquals("layer.s", badField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":4,\"k\":3,\"s\":0}}"));
        assertEquals("layer.p", badField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":4,\"k\":3,\"p\":-1}}"));
        assertEquals("layer.bias", badField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":4,\"k\":3,\"bias\":\"yes\"}}"));
        assertEquals("layer.groups", badField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":6,\"k\":3,\"groups\":4}}"));
        assertEquals("layer.k", badField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":4,\"k\":[3,9],\"p\":0}}"));
        assertEquals("settings.rounds", badField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":4,\"k\":3},\"settings\":{\"rounds\":1001}}"));
        assertEquals("settings.warmup", badField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":4,\"k\":3},\"settings\":{\"warmup\":-1}}"));
        assertEquals("settings.module_repeats", badField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":4,\"k\":3},\"settings\":{\"module_repeats\":0}}"));
        assertEquals("settings.seed", badField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":4,\"k\":3},\"settings\":{\"seed\":\"x\"}}"));
        assertEquals("settings.repeat", badField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":4,\"k\":3},\"settings\":{\"repeat\":5}}"));
        assertEquals("settings", badField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":4,\"k\":3},\"settings\":[1]}"));
        assertEquals("async", badField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":4,\"k\":3},\"async\":1}"));
        assertEquals("layer", badField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":4,\"k\":3},\"model_sha256\":\"" + "a".repeat(64) + "\"}"));
        assertEquals("model_sha256", badField("{\"model_sha256\":\"" + "A".repeat(64) + "\"}"));
        assertEquals("extra", badField("{\"extra\":1}"));
    }

    @Test
    void aModuleTooLargeForTheBoardIsRefusedBeforeMeasuring() throws Exception {
        // 2048→2048 3x3 weights alone are 151 MB per branch; 20 branches exceed the 1 GiB cap
        assertEquals("layer", badField("{\"layer\":{\"input_size\":7,\"cin\":2048,\"cout\":2048,\"k\":3,\"p\":1},\"settings\":{\"module_repeats\":20}}"));
        assertNotNull(parse("{\"layer\":{\"input_size\":7,\"cin\":2048,\"cout\":2048,\"k\":3,\"p\":1},\"settings\":{\"module_repeats\":1}}").layer());
    }

    @Test
    void tokensAreComparedExactly() {
        TokenCheck t = new TokenCheck("abcdefgh");
        assertTrue(t.accepts("Bearer abcdefgh"));
        assertTrue(t.accepts("bearer abcdefgh"));
        assertFalse(t.accepts("Bearer abcdefg"));
        assertFalse(t.accepts("Bearer abcdefghi"));
        assertFalse(t.accepts("abcdefgh"));
        assertFalse(t.accepts(null));
        assertTrue(new TokenCheck(null).accepts(null));
    }

    @Test
    void theStoreChecksHashesAndDropsTheLeastRecentlyUsed() throws Exception {
        try (ModelStore store = new ModelStore(10)) {
            byte[] a = "aaaa".getBytes(), b = "bbbb".getBytes(), c = "cccc".getBytes();
            assertTrue(store.put(ModelStore.sha256(a), a));
            assertFalse(store.put(ModelStore.sha256(a), a));
            assertTrue(store.put(ModelStore.sha256(b), b));
            assertNotNull(store.get(ModelStore.sha256(a))); // a is now the most recently used
            assertTrue(store.put(ModelStore.sha256(c), c)); // 12 bytes > 10: b goes
            assertEquals(-1, store.size(ModelStore.sha256(b)));
            assertArrayEquals(a, store.get(ModelStore.sha256(a)));
            assertEquals(8, store.totalBytes());
            RequestProblem wrong = assertThrows(RequestProblem.class, () -> store.put(ModelStore.sha256("dddd".getBytes()), b));
            assertEquals(400, wrong.status());
            assertFalse(store.put(ModelStore.sha256(a), b), "a model already there is not uploaded (or checked) again");
            assertEquals(0, store.partFiles(), "a refused upload leaves no part file");
            byte[] huge = new byte[11];
            assertEquals(413, assertThrows(RequestProblem.class, () -> store.put(ModelStore.sha256(huge), huge)).status());
            assertEquals(0, store.partFiles());
        }
    }
}
