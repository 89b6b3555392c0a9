package io.evolp.io.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.evolp.io.RawJson;
import io.evolp.io.evolve.EvolvingFile;

import java.util.List;
import java.util.Map;

/**
 * A compression session file (format 2; format-1 files lack the steps' evidence and the state
 * name, which then read as null). {@code predictor} is the evolved predictor when the writer
 * embedded one. Nulls that mean "unknown" ({@code band_ms}, {@code measured_ms},
 * {@code estimate_se_ms}, a correction parameter) are written as JSON null; other absent fields
 * are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionFile(Integer format, Settings settings, List<Step> steps, State state, Result result,
                          EvolvingFile predictor) {

    /** What was asked; {@code model} is a model file's JSON. */
    public record Settings(RawJson model, String importance, @JsonProperty("search_mode") String searchMode,
                           @JsonProperty("budget_ms") Double budgetMs, String correction, String device,
                           @JsonProperty("simulated_device") Boolean simulatedDevice,
                           @JsonProperty("max_measurements") Integer maxMeasurements, List<Double> window,
                           @JsonProperty("max_ratio") Double maxRatio, Double resolution,
                           @JsonProperty("aim_centre") Boolean aimCentre) {
    }

    /** One measured candidate; {@code probes} is left out in the command line's compact form. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(Integer index, List<Integer> widths, Double ratio, @JsonProperty("kept_ratio") Double keptRatio,
                       @JsonProperty("raw_ms") Double rawMs, @JsonProperty("predicted_ms") Double predictedMs,
                       @JsonProperty("band_ms") @JsonInclude(JsonInclude.Include.ALWAYS) List<Double> bandMs,
                       @JsonProperty("measured_ms") Double measuredMs, @JsonProperty("spread_ms") Double spreadMs,
                       Integer runs, String source, Boolean simulated, String note,
                       @JsonProperty("measured_at") String measuredAt,
                       @JsonProperty("measurement_details") RunDetails measurementDetails,
                       @JsonInclude(content = JsonInclude.Include.ALWAYS) Map<String, Double> correction,
                       String outcome, @JsonProperty("search_steps") Integer searchSteps, List<List<Double>> probes,
                       @JsonProperty("within_window") Boolean withinWindow, String kind,
                       @JsonProperty("estimate_ms") Double estimateMs,
                       @JsonProperty("estimate_se_ms") @JsonInclude(JsonInclude.Include.ALWAYS) Double estimateSeMs,
                       @JsonProperty("candidate_measurements") Integer candidateMeasurements, String verdict) {
    }

    /** A measurement's runtime facts: spread of the runs, the rounds' medians, free-form facts. */
    public record RunDetails(@JsonProperty("min_ms") Double minMs, @JsonProperty("q1_ms") Double q1Ms,
                             @JsonProperty("q3_ms") Double q3Ms, @JsonProperty("max_ms") Double maxMs,
                             @JsonProperty("round_medians_ms") List<Double> roundMediansMs, Map<String, String> facts) {
    }

    public record State(Boolean finished, String state, String reason) {
    }

    /**
     * How the session ended. In a file: without steps, with {@code chosen_step}. The command line's
     * {@code --json} form: with compact steps, without {@code chosen_step}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(List<Integer> widths, @JsonProperty("predicted_ms") Double predictedMs,
                         @JsonProperty("measured_ms") @JsonInclude(JsonInclude.Include.ALWAYS) Double measuredMs,
                         @JsonProperty("within_window") Boolean withinWindow, String state, Integer measurements,
                         List<Step> steps, String reason, @JsonProperty("chosen_step") Integer chosenStep) {
    }
}
