package io.evolp.io.measurement;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * A measurement's details as kept in files that store measurements (compression sessions):
 * {@code min_ms, q1_ms, q3_ms, max_ms, round_medians_ms, facts}, so runtime facts survive a save.
 */
@JsonPropertyOrder({"min_ms", "q1_ms", "q3_ms", "max_ms", "round_medians_ms", "facts"})
public record RunDetailsRecord(
        @JsonProperty("min_ms") double minMs,
        @JsonProperty("q1_ms") double q1Ms,
        @JsonProperty("q3_ms") double q3Ms,
        @JsonProperty("max_ms") double maxMs,
        @JsonProperty("round_medians_ms") List<Double> roundMediansMs,
        Map<String, String> facts) {

    public RunDetailsRecord {
        roundMediansMs = roundMediansMs == null ? List.of() : roundMediansMs;
        facts = facts == null ? Map.of() : facts;
    }
}
