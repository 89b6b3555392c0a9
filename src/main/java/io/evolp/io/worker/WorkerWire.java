package io.evolp.io.worker;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.evolp.io.wire.WireJson;

import java.util.List;

/**
 * The local worker protocol (one JSON object per line, see {@code measure.local.LocalWorker}) as DTO
 * records. Field names follow the layer CSV and model JSON ({@code input_size, cin, cout, kh …}); a
 * measurement and its runtime facts keep the camelCase names the protocol has always used.
 */
public final class WorkerWire {

    private WorkerWire() {
    }

    @JsonPropertyOrder({"input_size", "cin", "cout", "kh", "kw", "sh", "sw", "ph", "pw", "bias", "groups"})
    public record Layer(@JsonProperty("input_size") int inputSize, int cin, int cout, int kh, int kw, int sh, int sw,
                        int ph, int pw, boolean bias, int groups) {
    }

    /** Absent fields take the worker's defaults. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"threads", "opt", "warmup", "repeats", "rounds", "module_repeats", "seed"})
    public record Settings(Integer threads, String opt, Integer warmup, Integer repeats, Integer rounds,
                           @JsonProperty("module_repeats") Integer moduleRepeats, Long seed) {
    }

    /** One request; {@code op} says which of the payload fields it carries. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"op", "settings", "layer", "layers", "model", "onnx_base64", "onnx_file", "progress", "id"})
    public record Request(String op, Settings settings, Layer layer, List<Layer> layers, String model,
                          @JsonProperty("onnx_base64") String onnxBase64, @JsonProperty("onnx_file") String onnxFile,
                          Boolean progress, Object id) {

        public static Request of(String op, Settings settings) {
            return new Request(op, settings, null, null, null, null, null, null, null);
        }

        public Request withLayer(Layer l) {
            return new Request(op, settings, l, layers, model, onnxBase64, onnxFile, progress, id);
        }

        public Request withLayers(List<Layer> ls) {
            return new Request(op, settings, layer, ls, model, onnxBase64, onnxFile, progress, id);
        }

        public Request withModel(String modelJson) {
            return new Request(op, settings, layer, layers, modelJson, onnxBase64, onnxFile, progress, id);
        }

        public Request withOnnxBase64(String b64) {
            return new Request(op, settings, layer, layers, model, b64, onnxFile, progress, id);
        }

        public Request withProgress(boolean p) {
            return new Request(op, settings, layer, layers, model, onnxBase64, onnxFile, p ? Boolean.TRUE : null, id);
        }

        public Request withId(Object i) {
            return new Request(op, settings, layer, layers, model, onnxBase64, onnxFile, progress, i);
        }

        public String toJson() {
            return WireJson.write(this);
        }
    }

    public record Facts(String ortVersion, String optLevel, int intraOpThreads, int interOpThreads, String cpuModel,
                        String jvmVersion, String os) {
    }

    @JsonPropertyOrder({"medianMs", "q1Ms", "q3Ms", "minMs", "maxMs", "runs", "roundMediansMs", "sessionCreateMs", "divisor", "facts"})
    public record Measurement(double medianMs, double q1Ms, double q3Ms, double minMs, double maxMs, int runs,
                              double[] roundMediansMs, double sessionCreateMs, int divisor, Facts facts) {
    }

    /** First line of a worker: ORT is loaded. */
    @JsonPropertyOrder({"ready", "ort", "cpu", "jvm", "pid"})
    public record Hello(boolean ready, String ort, String cpu, String jvm, long pid) {
    }

    public record Done(long done, long total) {
    }

    /** A progress line of a request that asked for them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "progress"})
    public record Progress(Object id, Done progress) {
    }

    /** An answer: {@code ok} with one of facts, result or results, or not ok with an error. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "ok", "error", "facts", "result", "results"})
    public record Answer(Object id, boolean ok, String error, Facts facts, Measurement result, List<Measurement> results) {

        public static Answer error(Object id, String message) {
            return new Answer(id, false, message, null, null, null);
        }

        public static Answer ok(Object id) {
            return new Answer(id, true, null, null, null, null);
        }

        public Answer withFacts(Facts f) {
            return new Answer(id, ok, error, f, result, results);
        }

        public Answer withResult(Measurement m) {
            return new Answer(id, ok, error, facts, m, results);
        }

        public Answer withResults(List<Measurement> ms) {
            return new Answer(id, ok, error, facts, result, ms);
        }

        public String toJson() {
            return WireJson.write(this);
        }
    }

    /**
     * Any line a worker writes, as its client reads it (leniently: a newer worker's extra fields are
     * ignored): the hello, a progress line or an answer.
     */
    public record Message(Object id, Boolean ready, Boolean ok, String error, Done progress, Facts facts,
                          Measurement result, List<Measurement> results) {

        /** The line's message, or null for a line that is not a JSON object of this shape (native noise). */
        public static Message parse(String line) {
            return line.startsWith("{") ? WireJson.readOrNull(line, Message.class) : null;
        }

        public boolean isReady() {
            return Boolean.TRUE.equals(ready);
        }

        public boolean isOk() {
            return Boolean.TRUE.equals(ok);
        }

        /** The numeric id, or -1. */
        public long idAsLong() {
            return id instanceof Number n ? n.longValue() : -1;
        }
    }
}
