package io.evolp.io.curve;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The learning curve of an adaptive measurement campaign ({@code measure --adaptive}) as JSON, written
 * beside its dataset CSV: per batch the rows measured so far and the cross-validated error of the
 * predictor retrained on them. Numbers that are undefined (too few rows, no source device) are null.
 */
@JsonPropertyOrder({"format", "device", "dataset", "source", "stopped", "reason", "rule", "points"})
public record CampaignCurveFile(String format, String device, String dataset, String source, String stopped,
                                String reason, String rule, List<Point> points) {

    public static final String FORMAT = "evolp-campaign-curve/1";

    @JsonPropertyOrder({"rows", "cv_mape", "cv_acc10", "spread", "predictor"})
    public record Point(int rows, @JsonProperty("cv_mape") Double cvMape, @JsonProperty("cv_acc10") Double cvAcc10,
                        Double spread, String predictor) {
    }

    public CampaignCurveFile {
        points = List.copyOf(points);
    }
}
