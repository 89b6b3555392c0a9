package io.evolp.io.agent;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.evolp.io.worker.WorkerWire;

/**
 * The agent's HTTP protocol (API 1) as DTO records, both directions. A layer is written as in model
 * JSON: {@code {"input_size":56,"cin":64,"cout":64,"k":3,"s":1,"p":1,"groups":1,"bias":false}}, where
 * {@code k}, {@code s}, {@code p} may be {@code [h, w]} (one element here means "the same both ways").
 * Requests are read strictly by {@link MeasureRequestReader}; answers are read leniently by clients.
 */
public final class AgentWire {

    private AgentWire() {
    }

    /** Any DTO of this protocol as one line of JSON. */
    public static String write(Object dto) {
        try {
            return io.evolp.io.Json.mapper().writeValueAsString(dto);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + dto.getClass().getSimpleName(), e);
        }
    }

    /** An agent's answer, leniently; null when the text is not such a JSON object. */
    public static <T> T readAnswer(String text, Class<T> type) {
        return io.evolp.io.wire.WireJson.readOrNull(text, type);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"input_size", "cin", "cout", "k", "s", "p", "groups", "bias"})
    public record Layer(@JsonProperty("input_size") int inputSize, int cin, int cout,
                        @JsonFormat(with = JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED) int[] k,
                        @JsonFormat(with = JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED) int[] s,
                        @JsonFormat(with = JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED) int[] p,
                        Integer groups, Boolean bias) {
    }

    /** Every field optional on the way in (defaults apply); all present on the way out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"warmup", "repeats", "rounds", "module_repeats", "threads", "opt_level", "seed"})
    public record Settings(Integer warmup, Integer repeats, Integer rounds, @JsonProperty("module_repeats") Integer moduleRepeats,
                           Integer threads, @JsonProperty("opt_level") String optLevel, Long seed) {
    }

    /** {@code POST /v1/measure}: exactly one of layer and model_sha256. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"layer", "model_sha256", "settings", "async"})
    public record MeasureRequest(Layer layer, @JsonProperty("model_sha256") String modelSha256, Settings settings, Boolean async) {
    }

    /** Every refusal: the message and, for a bad field, its JSON path. */
    @JsonPropertyOrder({"error", "field"})
    public record Error(String error, @JsonInclude(JsonInclude.Include.NON_NULL) String field) {
    }

    /** {@code /v1/models/{sha256}}. */
    public record Model(String sha256, long bytes) {
    }

    /** What a finished job measured. */
    @JsonPropertyOrder({"kind", "settings", "measurement"})
    public record Result(String kind, Settings settings, WorkerWire.Measurement measurement) {
    }

    /** {@code /v1/jobs/{id}}: state, progress in rounds, and at the end the result or the error. */
    @JsonPropertyOrder({"id", "state", "what", "done", "total", "created", "result", "error"})
    public record Job(String id, String state, String what, long done, long total, String created,
                      @JsonInclude(JsonInclude.Include.NON_NULL) Result result,
                      @JsonInclude(JsonInclude.Include.NON_NULL) String error) {
    }

    /** {@code GET /v1/info}; fields the worker reports are null until it has started. */
    @JsonPropertyOrder({"agent", "api", "agent_version", "hostname", "os", "arch", "cores", "cpu_model", "jvm",
            "ort_version", "worker_ready", "busy", "default_threads", "max_body_bytes", "models_stored", "token_required"})
    public record Info(String agent, int api, @JsonProperty("agent_version") String agentVersion, String hostname, String os,
                       String arch, int cores, @JsonProperty("cpu_model") String cpuModel, String jvm,
                       @JsonProperty("ort_version") String ortVersion, @JsonProperty("worker_ready") Boolean workerReady,
                       boolean busy, @JsonProperty("default_threads") int defaultThreads,
                       @JsonProperty("max_body_bytes") long maxBodyBytes, @JsonProperty("models_stored") int modelsStored,
                       @JsonProperty("token_required") boolean tokenRequired) {
    }

    /**
     * Any answer as a client reads it (an error, a model, a job): the fields it looks at, unknown
     * ones ignored so a newer agent's additions do not break an older client.
     */
    public record Answer(String error, String field, String id, String state, Long done, Long total, Result result) {

        public static final Answer EMPTY = new Answer(null, null, null, null, null, null, null);
    }
}
