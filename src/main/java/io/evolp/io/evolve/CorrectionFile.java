package io.evolp.io.evolve;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * A correction's stored form: its kind, the kind's settings and the points (the fit is redone on
 * load). {@code spreads} (shrink only) holds one measurement sd per point, null where unknown.
 * <pre>
 * {"kind":"shrink","points":[[raw,measured],...],"spreads":[sd_ms or null,...]}
 * {"kind":"robust","window":20,"points":[[raw,measured],...]}
 * {"kind":"bayes","slope_sd":0.5,"intercept_sd_ms":10,"noise":0.1,"points":[...]}
 * </pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CorrectionFile(String kind, Integer window, @JsonProperty("slope_sd") Double slopeSd,
                             @JsonProperty("intercept_sd_ms") Double interceptSdMs, Double noise,
                             List<List<Double>> points, List<Double> spreads) {

    /**
     * Per-family corrections:
     * {@code {"format":1,"min_family_points":3,"prototype":{...},"pooled":{...},"families":{"vgg16":{...}}}}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Families(Integer format, @JsonProperty("min_family_points") Integer minFamilyPoints,
                           CorrectionFile prototype, CorrectionFile pooled, Map<String, CorrectionFile> families) {
    }
}
