package io.evolp.workflow.adaptive;

import io.evolp.core.LayerDataset;
import io.evolp.predict.LatencyPredictor;

import java.nio.file.Path;
import java.util.List;

/**
 * How an adaptive campaign ended.
 *
 * @param curve      cross-validated error per batch (earlier runs' points first when resumed)
 * @param dataset    every row in the file at the end
 * @param predictor  the predictor retrained after the last batch; null when nothing could be trained
 * @param stop       why it stopped
 * @param reason     the same for a user, one sentence
 * @param measured   rows measured by this run
 * @param resumed    rows found in the file at the start
 * @param failed     rows that failed in this run (the device's message is in the sidecar)
 * @param notices    repairs and warnings from the campaign files
 */
public record AdaptiveResult(List<CurvePoint> curve, LayerDataset dataset, LatencyPredictor predictor, Stop stop,
                             String reason, int measured, int resumed, int failed, List<String> notices, Path csv) {

    public enum Stop { BUDGET, PLATEAU, POOL_EXHAUSTED, CANCELLED, DEVICE_LOST, FAILING }

    public AdaptiveResult {
        curve = List.copyOf(curve);
        notices = List.copyOf(notices);
    }
}
