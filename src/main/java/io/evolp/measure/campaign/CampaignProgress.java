package io.evolp.measure.campaign;

import io.evolp.core.LayerConfig;

import java.time.Duration;

/**
 * A snapshot of a running campaign for a progress view (the GUI's Devices screen, the CLI line).
 *
 * @param state       what the campaign is doing
 * @param planRows    rows in the plan
 * @param resumed     plan rows found already measured in the file when the campaign started
 * @param measured    rows measured (and written) by this run so far
 * @param failed      rows that failed in this run (recorded in the sidecar, not in the CSV)
 * @param current     the row being measured or waited for; null when none
 * @param elapsed     time since this run started
 * @param meanPerRow  mean wall time per row attempted in this run (waiting for a lost device
 *                    excluded); null before the first row finished
 * @param remaining   estimated time to finish (mean per row × rows left); null when unknown
 * @param message     one line for the user, e.g. "device lost: … — waiting to reconnect"
 */
public record CampaignProgress(State state, int planRows, int resumed, int measured, int failed, LayerConfig current,
                               Duration elapsed, Duration meanPerRow, Duration remaining, String message) {

    public enum State { MEASURING, DEVICE_LOST, FINISHED, CANCELLED, GAVE_UP }

    /** Rows done in all: resumed + measured now. */
    public int done() {
        return resumed + measured;
    }

    /** Rows still to measure (failed rows of this run are not retried in it). */
    public int left() {
        return planRows - resumed - measured - failed;
    }
}
