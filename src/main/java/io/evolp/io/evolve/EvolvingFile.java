package io.evolp.io.evolve;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.evolp.io.predictor.PredictorFile;

import java.util.List;

/**
 * An evolving predictor's file: the layer predictor it corrects ({@code base}, a whole predictor
 * file), the correction kind and its settings, and the whole-model measurements it learnt from.
 * <pre>
 * {"format":1, "kind":"evolving", "correction":{"kind":"robust","window":20,"points":[]},
 *  "min_family_points":3, "base":{…a predictor file…},
 *  "history":[{"family":"vgg16","model":"vgg16[…]","raw_ms":…,"measured_ms":…,"spread_ms":…,
 *              "noise_sd_ms":…, "source":"simulated:tx2","simulated":true,"timestamp":"2026-…Z"}, …]}
 * </pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvolvingFile(Integer format, String kind, CorrectionFile correction,
                           @JsonProperty("min_family_points") Integer minFamilyPoints, PredictorFile base,
                           List<HistoryEntry> history) {

    /** One whole-model measurement; timestamp is an ISO-8601 instant. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HistoryEntry(String family, String model, @JsonProperty("raw_ms") Double rawMs,
                               @JsonProperty("measured_ms") Double measuredMs,
                               @JsonProperty("spread_ms") Double spreadMs,
                               @JsonProperty("noise_sd_ms") Double noiseSdMs, String source, Boolean simulated,
                               String timestamp) {
    }
}
