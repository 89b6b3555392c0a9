package io.evolp.io.measurement;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * Every field of one measurement as JSON, the same in the campaign sidecar and in
 * {@code evolp measure-model --json}: median, range, count, timestamp, source, simulated, note, and
 * when the source gave details the quartiles, round medians and runtime facts (absent otherwise).
 */
@JsonPropertyOrder({"latency_ms", "spread_ms", "count", "timestamp", "source", "simulated", "note",
        "min_ms", "q1_ms", "q3_ms", "max_ms", "iqr_ms", "round_medians_ms", "facts"})
public record MeasurementRecord(
        @JsonProperty("latency_ms") double latencyMs,
        @JsonProperty("spread_ms") double spreadMs,
        int count,
        String timestamp,
        String source,
        boolean simulated,
        String note,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("min_ms") Double minMs,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("q1_ms") Double q1Ms,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("q3_ms") Double q3Ms,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("max_ms") Double maxMs,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("iqr_ms") Double iqrMs,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("round_medians_ms") List<Double> roundMediansMs,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> facts) {

    /** This record as one line of JSON. */
    public String toJson() {
        return io.evolp.io.wire.WireJson.write(this);
    }
}
