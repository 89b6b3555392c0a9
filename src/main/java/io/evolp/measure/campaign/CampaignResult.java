package io.evolp.measure.campaign;

import io.evolp.core.LayerConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How a campaign run ended.
 *
 * @param planRows     rows in the plan
 * @param resumed      plan rows already in the file at the start (skipped)
 * @param measured     rows measured and written by this run
 * @param failures     rows that failed in this run, with the source's message (a re-run retries them)
 * @param notInPlan    rows of the file that match no plan row (kept; a file may gather several plans)
 * @param stopped      FINISHED, CANCELLED or GAVE_UP (device lost for longer than the policy allows)
 * @param elapsed      wall time of this run
 * @param deviceLost   outages waited out (or given up on) in this run
 * @param facts        runtime facts of the last measurement that had some (from the sidecar when this run measured none); empty if none
 * @param notices      repairs made on opening (partial lines, orphan sidecar rows) and warnings (settings changed)
 * @param csv          the dataset file
 * @param sidecar      the raw sidecar file
 */
public record CampaignResult(int planRows, int resumed, int measured, List<Failure> failures, int notInPlan,
                             CampaignProgress.State stopped, Duration elapsed, int deviceLost,
                             Map<String, String> facts, List<String> notices, Path csv, Path sidecar) {

    public record Failure(int planIndex, LayerConfig layer, String message) {
    }

    public CampaignResult {
        failures = List.copyOf(failures);
        notices = List.copyOf(notices);
    }

    /** True when every plan row is now in the file. */
    public boolean complete() {
        return resumed + measured == planRows;
    }
}
