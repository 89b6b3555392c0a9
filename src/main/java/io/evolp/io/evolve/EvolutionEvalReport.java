package io.evolp.io.evolve;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/** {@code evolve-eval --json}: the options, the families (family → models) and one cell per (correction, k). */
public record EvolutionEvalReport(int draws, long seed, @JsonProperty("max_k") int maxK, Map<String, Integer> families,
                                  List<Cell> results) {

    /** Omits coverage90 when no band was evaluated. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Cell(String correction, int k, Summary mape, Summary acc10, Summary coverage90) {
    }

    public record Summary(double median, double p25, double p75, double min, double max, double mean) {
    }
}
