package io.evolp.measure.agent;

import io.evolp.core.LayerConfig;
import io.evolp.io.agent.AgentWire;
import io.evolp.measure.DeviceLostException;
import io.evolp.measure.MeasurementException;
import io.evolp.measure.local.LocalMeasurement;
import io.evolp.measure.local.LocalSettings;
import io.evolp.measure.local.WorkerWireMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Talks to an {@code evolp agent} over HTTP. Blocking; one caller at a time per measurement (the
 * agent measures one thing at a time anyway).
 *
 * <p>Failures: an agent that cannot be reached, resets the connection or times out is a
 * {@link DeviceLostException} naming the address (a campaign waits and retries); an agent that
 * answers "no" (4xx, a failed measurement) is a {@link MeasurementException} with the agent's message;
 * 409 Busy is an {@link AgentBusyException}.
 */
public final class AgentClient implements AutoCloseable {

    /** Told while a job runs: {@code done} of {@code total} rounds finished. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);
    }

    /** The agent is measuring for someone else; retry later. */
    public static final class AgentBusyException extends MeasurementException {
        AgentBusyException(String message) {
            super(message);
        }
    }

    private static final Duration CONNECT = Duration.ofSeconds(5);
    private static final Duration SHORT = Duration.ofSeconds(30);
    private static final Duration UPLOAD = Duration.ofMinutes(10);

    private final AgentEndpoint endpoint;
    private final String token;
    private final HttpClient http;
    private final Duration pollInterval;

    /** @param token bearer token, or null for an agent without one */
    public AgentClient(AgentEndpoint endpoint, String token) {
        this(endpoint, token, Duration.ofMillis(250));
    }

    AgentClient(AgentEndpoint endpoint, String token, Duration pollInterval) {
        this.endpoint = endpoint;
        this.token = token;
        this.pollInterval = pollInterval;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public AgentEndpoint endpoint() {
        return endpoint;
    }

    /** {@code GET /v1/info}. */
    public AgentWire.Info info() {
        Answer a = send(request("/v1/info", SHORT).GET(), "ask for its info");
        AgentWire.Info info = AgentWire.readAnswer(a.text, AgentWire.Info.class);
        if (info == null) throw new MeasurementException("agent " + endpoint.address() + " sent info that is not the agent's JSON");
        return info;
    }

    /** True when the agent already holds the model with this SHA-256. */
    public boolean hasModel(String sha256) {
        Answer a = exchange(request("/v1/models/" + sha256, SHORT).method("HEAD", HttpRequest.BodyPublishers.noBody()), "check for a model");
        if (a.status == 200) return true;
        if (a.status == 404) return false;
        throw refused(a, "check for a model");
    }

    /** Uploads ONNX bytes unless the agent has them; returns their SHA-256. */
    public String ensureModel(byte[] onnx) {
        String sha = ModelStore.sha256(onnx);
        if (!hasModel(sha)) upload(sha, onnx);
        return sha;
    }

    public void upload(String sha256, byte[] onnx) {
        send(request("/v1/models/" + sha256, UPLOAD).PUT(HttpRequest.BodyPublishers.ofByteArray(onnx)),
                "store a model of " + onnx.length + " bytes");
    }

    public LocalMeasurement measureLayer(LayerConfig layer, LocalSettings settings, Progress progress, BooleanSupplier cancelled) {
        return measure(new AgentWire.MeasureRequest(AgentWireMapper.layer(layer), null, null, null), settings, progress, cancelled);
    }

    /** Uploads the model if needed and measures it; a model evicted in between is uploaded again once. */
    public LocalMeasurement measureOnnx(byte[] onnx, LocalSettings settings, Progress progress, BooleanSupplier cancelled) {
        String sha = ensureModel(onnx);
        AgentWire.MeasureRequest body = new AgentWire.MeasureRequest(null, sha, null, null);
        try {
            return measure(body, settings, progress, cancelled);
        } catch (UnknownModelException e) {
            upload(sha, onnx);
            return measure(body, settings, progress, cancelled);
        }
    }

    /**
     * Starts an asynchronous job and polls it to the end.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} turned true (the job is cancelled on the agent)
     */
    LocalMeasurement measure(AgentWire.MeasureRequest what, LocalSettings settings, Progress progress, BooleanSupplier cancelled) {
        AgentWire.MeasureRequest body = new AgentWire.MeasureRequest(what.layer(), what.modelSha256(), AgentWireMapper.settings(settings), true);
        Answer started = exchange(request("/v1/measure", SHORT).POST(HttpRequest.BodyPublishers.ofString(AgentWire.write(body))), "start a measurement");
        if (started.status == 409) throw new AgentBusyException("agent " + endpoint.address() + " is busy: " + started.error());
        if (started.status == 404 && "model_sha256".equals(started.body.field())) throw new UnknownModelException(started.error());
        if (started.status != 202) throw refused(started, "start a measurement");
        String id = text(started.body.id());
        AgentWire.Answer job = started.body;
        while (true) {
            String state = text(job.state());
            if (progress != null) progress.update(number(job.done()), number(job.total()));
            switch (state) {
                case "done" -> {
                    return parse(job.result());
                }
                case "failed" -> throw new MeasurementException("agent " + endpoint.address() + " could not measure: " + text(job.error()));
                case "cancelled" -> throw new java.util.concurrent.CancellationException("measurement cancelled on the agent");
                default -> { /* queued or running */ }
            }
            if (cancelled != null && cancelled.getAsBoolean()) {
                cancel(id);
                throw new java.util.concurrent.CancellationException("measurement cancelled");
            }
            pause();
            Answer a = exchange(request("/v1/jobs/" + id, SHORT).GET(), "report on job " + id);
            if (a.status == 404) {
                throw new DeviceLostException("agent " + endpoint.address() + " no longer knows job " + id + " (it was restarted)", null);
            }
            if (a.status != 200) throw refused(a, "report on job " + id);
            job = a.body;
        }
    }

    /** Best effort: the agent stops the job's worker. */
    public void cancel(String jobId) {
        try {
            exchange(request("/v1/jobs/" + jobId, SHORT).DELETE(), "cancel job " + jobId);
        } catch (MeasurementException ignored) {
            // an agent that is gone has cancelled it anyway
        }
    }

    private void pause() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted while waiting for the agent");
        }
    }

    private static LocalMeasurement parse(AgentWire.Result r) {
        if (r == null || r.measurement() == null) throw new MeasurementException("malformed measurement from the agent: no result");
        return WorkerWireMapper.measurement(r.measurement());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static long number(Long n) {
        return n == null ? 0 : n;
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(endpoint.base() + path)).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json");
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    /** Sends and requires a 2xx answer. */
    private Answer send(HttpRequest.Builder request, String what) {
        Answer a = exchange(request, what);
        if (a.status / 100 != 2) throw refused(a, what);
        return a;
    }

    private Answer exchange(HttpRequest.Builder request, String what) {
        HttpResponse<String> r;
        try {
            r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            endpoint.reset();
            throw new DeviceLostException("agent " + endpoint.address() + " is unreachable (could not " + what + "): "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("interrupted while talking to agent " + endpoint.address());
        }
        String text = r.body() == null ? "" : r.body();
        AgentWire.Answer body = text.isBlank() ? AgentWire.Answer.EMPTY : AgentWire.readAnswer(text, AgentWire.Answer.class);
        if (body == null) {
            body = new AgentWire.Answer("non-JSON answer: " + text.substring(0, Math.min(200, text.length())), null, null, null, null, null, null);
        }
        return new Answer(r.statusCode(), body, text);
    }

    private MeasurementException refused(Answer a, String what) {
        String why = a.status == 401 ? "the token was refused (" + a.error() + ")" : a.error();
        return new MeasurementException("agent " + endpoint.address() + " refused to " + what + " (HTTP " + a.status + "): " + why);
    }

    private record Answer(int status, AgentWire.Answer body, String text) {
        String error() {
            return body.error() == null ? "no message" : body.error();
        }
    }

    private static final class UnknownModelException extends MeasurementException {
        UnknownModelException(String message) {
            super(message);
        }
    }

    @Override
    public void close() {
        endpoint.close();
    }
}
