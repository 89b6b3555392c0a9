package io.evolp.io.measurement;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.evolp.io.wire.WireJson;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The records of a campaign's {@code <out>.raw.jsonl} sidecar, one JSON object per line, told apart
 * by {@code type}: {@code start}, {@code row}, {@code failed}, {@code device_lost}, {@code reconnected}.
 * Field names follow the worker protocol and the layer CSV.
 */
public final class RawSidecarRecords {

    private RawSidecarRecords() {
    }

    /** A layer as the sidecar writes it (explicit kernel, stride and padding per axis). */
    @JsonPropertyOrder({"input_size", "cin", "cout", "kh", "kw", "sh", "sw", "ph", "pw", "bias", "groups"})
    public record Layer(@JsonProperty("input_size") int inputSize, int cin, int cout, int kh, int kw, int sh, int sw,
                        int ph, int pw, boolean bias, int groups) {
    }

    @JsonPropertyOrder({"type", "time", "source", "description", "simulated", "device", "plan_rows", "already_done", "pending"})
    public record Start(String type, String time, String source, String description, boolean simulated, String device,
                        @JsonProperty("plan_rows") int planRows, @JsonProperty("already_done") int alreadyDone, int pending) {
        public Start(String time, String source, String description, boolean simulated, String device, int planRows,
                     int alreadyDone, int pending) {
            this("start", time, source, description, simulated, device, planRows, alreadyDone, pending);
        }
    }

    /** A measured row: CSV row index, plan index, the layer and every field of the measurement. */
    @JsonPropertyOrder({"type", "time", "row", "plan_index", "layer"})
    public record Row(String type, String time, int row, @JsonProperty("plan_index") int planIndex, Layer layer,
                      @JsonUnwrapped MeasurementRecord measurement, @JsonProperty("wall_ms") double wallMs,
                      @JsonProperty("device_lost_retries") int deviceLostRetries) {
        public Row(String time, int row, int planIndex, Layer layer, MeasurementRecord m, double wallMs, int retries) {
            this("row", time, row, planIndex, layer, m, wallMs, retries);
        }
    }

    @JsonPropertyOrder({"type", "time", "plan_index", "layer", "error"})
    public record Failed(String type, String time, @JsonProperty("plan_index") int planIndex, Layer layer, String error) {
        public Failed(String time, int planIndex, Layer layer, String error) {
            this("failed", time, planIndex, layer, error);
        }
    }

    @JsonPropertyOrder({"type", "time", "plan_index", "error"})
    public record DeviceLost(String type, String time, @JsonProperty("plan_index") int planIndex, String error) {
        public DeviceLost(String time, int planIndex, String error) {
            this("device_lost", time, planIndex, error);
        }
    }

    @JsonPropertyOrder({"type", "time", "plan_index", "waited_s"})
    public record Reconnected(String type, String time, @JsonProperty("plan_index") int planIndex,
                              @JsonProperty("waited_s") double waitedS) {
        public Reconnected(String time, int planIndex, double waitedS) {
            this("reconnected", time, planIndex, waitedS);
        }
    }

    /**
     * What reopening a sidecar needs of any earlier line: its type, the CSV row of a {@code row}, the
     * description of a {@code start} and the runtime facts (values as text, whatever their JSON type).
     */
    public record Peek(String type, Integer row, String description, Map<String, Object> facts) {

        public Peek {
            description = description == null ? "" : description;
        }

        /** The line's fields, or null for a line that is not a JSON object (a torn or foreign line). */
        public static Peek of(String line) {
            return line.trim().startsWith("{") ? WireJson.readOrNull(line, Peek.class) : null;
        }

        public boolean isRow() {
            return "row".equals(type);
        }

        public boolean isStart() {
            return "start".equals(type);
        }

        /** The CSV row of a row record, or -1. */
        public int rowIndex() {
            return row == null ? -1 : row;
        }

        /** The facts as text, or null when the line has none. */
        public Map<String, String> factsAsText() {
            if (facts == null) return null;
            Map<String, String> out = new LinkedHashMap<>();
            facts.forEach((k, v) -> out.put(k, v == null ? "null" : String.valueOf(v)));
            return out;
        }
    }
}
