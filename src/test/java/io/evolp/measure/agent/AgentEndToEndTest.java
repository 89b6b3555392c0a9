package io.evolp.measure.agent;

import com.fasterxml.jackson.databind.JsonNode;
import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.io.Json;
import io.evolp.measure.Measurement;
import io.evolp.measure.MeasurementException;
import io.evolp.measure.local.LocalSettings;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A real agent process (token from the environment, 1 MiB body limit) and the real client, on
 * loopback only. Measurements are tiny so the class stays well under a minute.
 */
class AgentEndToEndTest {

    static final String TOKEN = "s3cret-token-for-tests";
    static final LocalSettings FAST = LocalSettings.defaults().withWarmup(1).withRepeats(3).withRounds(2).withModuleRepeats(2);
    static final LayerConfig LAYER = LayerConfig.of(8, 4, 8, 3, 1, 1, 1);

    private static AgentProcess agent;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws IOException {
        agent = AgentProcess.start(TOKEN, "--port", "0", "--max-body-mb", "1");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (agent != null) agent.close();
    }

    private static AgentSource source() {
        return AgentSources.parse("agent:127.0.0.1:" + agent.port + "?token=" + TOKEN, FAST);
    }

    @Test
    void aLayerIsMeasuredEndToEndWithProgress() throws Exception {
        List<long[]> progress = new CopyOnWriteArrayList<>();
        ProgressMonitor pm = new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { progress.add(new long[]{done, total}); }
            @Override public boolean isCancelled() { return false; }
        };
        try (AgentSource src = source()) {
            assertEquals("agent:127.0.0.1:" + agent.port, src.id());
            assertFalse(src.simulated());
            Measurement m = src.measureLayer(LAYER, pm).get(60, TimeUnit.SECONDS);
            assertEquals(6, m.count(), "2 rounds × 3 repeats");
            assertTrue(m.medianMs() > 0 && m.medianMs() < 100, "plausible per-layer time " + m.medianMs());
            assertEquals(src.id(), m.source());
            assertFalse(m.simulated());
            assertTrue(m.note().contains("ONNX Runtime 1.28.0"), m.note());
            assertTrue(m.note().contains("per layer = module / 2"), m.note());
            assertNotNull(m.details(), "an agent's measurement keeps the run details a local one has");
            assertEquals(2, m.details().roundMediansMs().size(), "one median per round");
        }
        assertFalse(progress.isEmpty());
        long[] last = progress.get(progress.size() - 1);
        assertArrayEquals(new long[]{2, 2}, last, "the last report is 2 of 2 rounds");
    }

    @Test
    void aModelIsUploadedOnceAndMeasured() throws Exception {
        ModelSpec model = ModelSpec.explicit("tiny", List.of(LayerConfig.of(8, 3, 8, 3, 1, 1, 1), LayerConfig.of(8, 8, 8, 3, 1, 1, 1)));
        try (AgentSource src = source()) {
            Measurement first = src.measureModel(model, ProgressMonitor.NONE).get(60, TimeUnit.SECONDS);
            int stored = info().path("models_stored").asInt();
            Measurement second = src.measureModel(model, ProgressMonitor.NONE).get(60, TimeUnit.SECONDS);
            assertEquals(6, first.count());
            assertTrue(first.medianMs() > 0 && second.medianMs() > 0);
            assertFalse(first.note().contains("per layer"), "a model is measured whole: " + first.note());
            assertEquals(stored, info().path("models_stored").asInt(), "the second measurement re-used the upload");
            String sha = ModelStore.sha256(io.evolp.io.onnx.OnnxExport.model(model));
            assertTrue(src.client().hasModel(sha));
        }
    }

    @Test
    void aMissingOrWrongTokenIs401AndNamedByTheClient() throws Exception {
        assertEquals(401, send("GET", "/v1/info", null, null).statusCode());
        assertEquals(401, send("GET", "/v1/info", null, "Bearer wrong-token-xyz").statusCode());
        assertEquals(401, send("GET", "/v1/info", null, "Basic " + TOKEN).statusCode());
        assertEquals(401, send("POST", "/v1/measure", "{}", "Bearer " + TOKEN + "x").statusCode());
        try (AgentSource wrong = AgentSources.parse("agent:127.0.0.1:" + agent.port + "?token=not-the-token", FAST)) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> wrong.measureLayer(LAYER, null).get(30, TimeUnit.SECONDS));
            assertInstanceOf(MeasurementException.class, e.getCause());
            assertFalse(e.getCause() instanceof io.evolp.measure.DeviceLostException, "a refused token is no lost device");
            assertTrue(e.getCause().getMessage().contains("401"), e.getCause().getMessage());
        }
        stillUp();
    }

    @Test
    void nonsenseShapesAre400NamingTheField() throws Exception {
        assertField("{\"layer\":{\"input_size\":8,\"cin\":-4,\"cout\":8,\"k\":3}}", "layer.cin");
        assertField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":8,\"k\":11}}", "layer.k");
        assertField("{\"layer\":{\"input_size\":8,\"cin\":6,\"cout\":8,\"k\":3,\"groups\":4}}", "layer.groups");
        assertField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":8,\"k\":[3,3,3]}}", "layer.k");
        assertField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":8}}", "layer.k");
        assertField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":8,\"k\":3,\"cni\":4}}", "layer.cni");
        assertField("{\"layer\":{\"input_size\":4096,\"cin\":4096,\"cout\":4096,\"k\":3,\"p\":1}}", "layer");
        assertField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":8,\"k\":3},\"settings\":{\"repeats\":0}}", "settings.repeats");
        assertField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":8,\"k\":3},\"settings\":{\"opt_level\":\"MAX\"}}", "settings.opt_level");
        assertField("{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":8,\"k\":3},\"settings\":{\"threads\":\"2\"}}", "settings.threads");
        assertField("{\"model_sha256\":\"abc\"}", "model_sha256");
        assertField("{}", "layer");
        stillUp();
    }

    @Test
    void garbageJsonUnknownModelsAndWrongMethodsAre4xx() throws Exception {
        assertEquals(400, send("POST", "/v1/measure", "{not json", auth()).statusCode());
        assertEquals(400, send("POST", "/v1/measure", "[1,2]", auth()).statusCode());
        assertEquals(400, send("POST", "/v1/measure", "", auth()).statusCode());
        String unknown = "0".repeat(64);
        HttpResponse<String> r = send("POST", "/v1/measure", "{\"model_sha256\":\"" + unknown + "\"}", auth());
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("unknown model"), r.body());
        assertEquals(404, send("GET", "/v1/models/" + unknown, null, auth()).statusCode());
        assertEquals(404, send("GET", "/v1/jobs/999999", null, auth()).statusCode());
        assertEquals(404, send("GET", "/v1/nothing", null, auth()).statusCode());
        HttpResponse<String> m = send("DELETE", "/v1/info", null, auth());
        assertEquals(405, m.statusCode());
        assertEquals("GET, HEAD", m.headers().firstValue("Allow").orElse(""));
        assertEquals(405, send("GET", "/v1/measure", null, auth()).statusCode());
        assertEquals(400, send("PUT", "/v1/models/" + unknown, "not the bytes of that hash", auth()).statusCode());
        assertEquals(400, send("PUT", "/v1/models/NOT-A-HASH", "x", auth()).statusCode());
        stillUp();
    }

    @Test
    void uploadsAreHashCheckedAndCreatedOnce() throws Exception {
        byte[] body = "pretend onnx bytes".getBytes(StandardCharsets.UTF_8);
        String sha = ModelStore.sha256(body);
        assertEquals(201, send("PUT", "/v1/models/" + sha, new String(body, StandardCharsets.UTF_8), auth()).statusCode());
        assertEquals(200, send("PUT", "/v1/models/" + sha, new String(body, StandardCharsets.UTF_8), auth()).statusCode());
        HttpResponse<String> got = send("GET", "/v1/models/" + sha, null, auth());
        assertEquals(200, got.statusCode());
        assertEquals(body.length, Json.mapper().readTree(got.body()).path("bytes").asInt());
        // measuring bytes that are not ONNX fails as a measurement, not as the agent
        HttpResponse<String> bad = send("POST", "/v1/measure", "{\"model_sha256\":\"" + sha + "\",\"settings\":{\"repeats\":1,\"rounds\":1,\"warmup\":0}}", auth());
        assertEquals(500, bad.statusCode());
        assertEquals("failed", Json.mapper().readTree(bad.body()).path("state").asText());
        stillUp();
    }

    @Test
    void oversizedBodiesAre413() throws Exception {
        // declared too large: refused on the header, before any of the body is sent
        String sha = "1".repeat(64);
        assertEquals(413, rawStatus("PUT /v1/models/" + sha + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Length: " + (2 << 20) + "\r\n\r\n"));
        // a measure request over the 64 KiB JSON limit, actually sent
        String big = "{\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":8,\"k\":3},\"pad\":\"" + "x".repeat(70_000) + "\"}";
        assertEquals(413, send("POST", "/v1/measure", big, auth()).statusCode());
        stillUp();
    }

    @Test
    void aSecondMeasurementWhileOneRunsIs409AndCancellingFreesTheAgent() throws Exception {
        String slow = "{\"async\":true,\"layer\":{\"input_size\":8,\"cin\":4,\"cout\":8,\"k\":3},"
                + "\"settings\":{\"repeats\":100000,\"rounds\":1000,\"warmup\":0,\"module_repeats\":1}}";
        HttpResponse<String> started = send("POST", "/v1/measure", slow, auth());
        assertEquals(202, started.statusCode(), started.body());
        String id = Json.mapper().readTree(started.body()).path("id").asText();
        HttpResponse<String> second = send("POST", "/v1/measure", slow, auth());
        assertEquals(409, second.statusCode());
        assertTrue(second.body().contains("busy"), second.body());
        JsonNode job = Json.mapper().readTree(send("GET", "/v1/jobs/" + id, null, auth()).body());
        assertEquals(1000, job.path("total").asLong());
        assertTrue(info().path("busy").asBoolean());
        JsonNode cancelled = Json.mapper().readTree(send("DELETE", "/v1/jobs/" + id, null, auth()).body());
        assertEquals("cancelled", cancelled.path("state").asText());
        // the killed worker is replaced: the next measurement succeeds (the source waits out a brief 409)
        try (AgentSource src = source()) {
            assertTrue(src.measureLayer(LAYER, null).get(60, TimeUnit.SECONDS).medianMs() > 0);
        }
    }

    private static void assertField(String body, String field) throws Exception {
        HttpResponse<String> r = send("POST", "/v1/measure", body, auth());
        assertEquals(400, r.statusCode(), body + " → " + r.body());
        assertEquals(field, Json.mapper().readTree(r.body()).path("field").asText(), r.body());
    }

    private static void stillUp() throws Exception {
        JsonNode info = info();
        assertEquals("evolp", info.path("agent").asText());
        assertTrue(agent.process.isAlive());
    }

    private static JsonNode info() throws Exception {
        HttpResponse<String> r = send("GET", "/v1/info", null, auth());
        assertEquals(200, r.statusCode());
        return Json.mapper().readTree(r.body());
    }

    private static String auth() {
        return "Bearer " + TOKEN;
    }

    private static HttpResponse<String> send(String method, String path, String body, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + agent.port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) b.header("Authorization", authorization);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Writes a raw request head (no body follows) and returns the status code of the answer. */
    private static int rawStatus(String head) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), agent.port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') line.append((char) c);
            String[] parts = line.toString().split(" ");
            return Integer.parseInt(parts[1]);
        }
    }
}
