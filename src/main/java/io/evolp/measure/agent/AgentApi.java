package io.evolp.measure.agent;

import io.evolp.io.agent.Words;
import io.evolp.io.agent.AgentWire;
import io.evolp.io.agent.MeasureRequestReader;
import io.evolp.io.agent.WireProblem;
import io.evolp.measure.agent.AgentExchange.Reply;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agent's endpoints (listed on {@link AgentServer}), independent of the HTTP server: token first,
 * then routing, strict bodies, and every refusal a {@code {"error":…,"field":…}} reply with a 4xx.
 * A 500 is only ever an agent fault (or a measurement that failed), never a client's mistake.
 */
final class AgentApi {

    private static final Pattern MODEL = Pattern.compile("/v1/models/([^/]*)");
    private static final Pattern JOB = Pattern.compile("/v1/jobs/([^/]*)");

    private final AgentConfig config;
    private final TokenCheck tokens;
    private final ModelStore models;
    private final MeasureService measure;
    private final AgentInfo info;

    AgentApi(AgentConfig config, ModelStore models, MeasureService measure, AgentInfo info) {
        this.config = config;
        this.tokens = new TokenCheck(config.token());
        this.models = models;
        this.measure = measure;
        this.info = info;
        // Build the answer serializers now rather than on the first request: on a loaded board the
        // first refusal would otherwise pay for Jackson's record introspection (seconds under load).
        AgentWire.write(error("warm-up", "warm-up"));
        AgentWire.write(new AgentWire.Model("", 0));
    }

    /** Never throws: a problem becomes its reply, anything unexpected a 500 naming it. */
    Reply handle(AgentExchange ex) {
        try {
            return route(ex);
        } catch (RequestProblem p) {
            Reply r = Reply.of(p.status(), error(p.getMessage(), p.field()));
            if (p.status() == 401) r.with("WWW-Authenticate", "Bearer");
            if (p.allow() != null) r.with("Allow", p.allow());
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Reply.of(503, error("the agent is stopping", null));
        } catch (Throwable e) { // including OutOfMemoryError: answer, never die
            return Reply.of(500, error("agent error: " + Words.escape(e.getMessage() == null ? e.toString() : e.getMessage()), null));
        }
    }

    private Reply route(AgentExchange ex) throws IOException, InterruptedException {
        if (!tokens.accepts(ex.header("Authorization"))) {
            throw new RequestProblem(401, "missing or wrong token: send 'Authorization: Bearer <token>'");
        }
        String method = ex.method(), path = ex.path();
        if (path.equals("/v1/info")) {
            allow(method, "GET", "HEAD");
            return Reply.of(200, info.toJson());
        }
        if (path.equals("/v1/measure")) {
            allow(method, "POST");
            return measure(ex);
        }
        Matcher m = MODEL.matcher(path);
        if (m.matches()) {
            allow(method, "GET", "HEAD", "PUT");
            return model(ex, method, m.group(1));
        }
        m = JOB.matcher(path);
        if (m.matches()) {
            allow(method, "GET", "DELETE");
            Job job = measure.job(m.group(1));
            if (job == null) throw new RequestProblem(404, "no job " + Words.escape(m.group(1)) + " (the agent keeps the last 100)");
            if (method.equals("DELETE")) measure.cancel(job);
            return Reply.of(200, job.toJson());
        }
        throw new RequestProblem(404, "no such endpoint " + Words.escape(path) + "; see GET /v1/info");
    }

    private Reply model(AgentExchange ex, String method, String sha) throws IOException {
        if (!ModelStore.isSha256(sha)) {
            throw RequestProblem.badField("sha256", "the path must end in 64 lower-case hex digits, not '" + Words.escape(sha) + "'");
        }
        if (method.equals("PUT")) {
            BodyStream body = new BodyStream(ex.body(), ex.declaredLength(), config.maxBodyBytes(), config.net().minBodyRate(), config.net().headMs());
            boolean created = models.put(sha, body);
            return Reply.of(created ? 201 : 200, modelJson(sha));
        }
        if (models.size(sha) < 0) throw new RequestProblem(404, "unknown model " + sha, "sha256");
        return Reply.of(200, modelJson(sha));
    }

    private AgentWire.Model modelJson(String sha) {
        return new AgentWire.Model(sha, models.size(sha));
    }

    private Reply measure(AgentExchange ex) throws InterruptedException {
        BodyStream body = new BodyStream(ex.body(), ex.declaredLength(), AgentConfig.MAX_JSON_BYTES, config.net().minBodyRate(), config.net().headMs());
        MeasureRequest request = request(body);
        Job job = measure.submit(request);
        if (request.async()) return Reply.of(202, job.toJson()).with("Location", "/v1/jobs/" + job.id());
        job.await();
        return Reply.of(job.state() == Job.State.DONE ? 200 : 500, job.toJson());
    }

    /** The body, bounded by the JSON limit, read strictly into a request. */
    private MeasureRequest request(BodyStream body) {
        byte[] bytes;
        try {
            bytes = body.readAllBytes();
        } catch (IOException e) {
            throw new RequestProblem(400, "request body ended early");
        }
        try {
            return AgentWireMapper.request(MeasureRequestReader.read(bytes), config.threads());
        } catch (WireProblem p) {
            throw new RequestProblem(p.status(), p.getMessage(), p.field());
        }
    }

    private static void allow(String method, String... allowed) {
        for (String a : allowed) if (a.equals(method)) return;
        throw new RequestProblem(405, Words.escape(method) + " is not allowed here; use " + String.join(" or ", allowed))
                .withAllow(String.join(", ", allowed));
    }

    static AgentWire.Error error(String message, String field) {
        return new AgentWire.Error(message, field);
    }
}
