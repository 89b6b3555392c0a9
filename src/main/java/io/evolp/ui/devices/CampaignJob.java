package io.evolp.ui.devices;

import io.evolp.core.LayerConfig;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.campaign.Campaign;
import io.evolp.measure.campaign.CampaignOptions;
import io.evolp.measure.campaign.CampaignProgress;
import io.evolp.measure.campaign.CampaignResult;
import io.evolp.task.ProgressMonitor;
import io.evolp.workflow.CampaignPlan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One campaign run, on the worker thread of a background task: reads or generates the plan
 * ({@link CampaignPlan}), opens
 * its own source, runs {@link Campaign} and closes the source.
 *
 * <p>The campaign itself runs on a thread of its own that nobody interrupts: cancelling (the panel's
 * Cancel, the status bar's ✕, closing the window) interrupts the task's thread, which turns that into
 * the campaign's cancel flag and waits for it to stop. An interrupt that landed inside a file write
 * would close the channel mid-line; this way the campaign ends between rows and its files stay whole.
 */
final class CampaignJob {

    private final CampaignPlan plan;
    private final Supplier<MeasurementSource> opener;
    private final Path csv;
    private final Consumer<CampaignProgress> progress;

    /** @param progress gets every snapshot on the campaign's thread */
    CampaignJob(CampaignPlan plan, Supplier<MeasurementSource> opener, Path csv, Consumer<CampaignProgress> progress) {
        this.plan = plan;
        this.opener = opener;
        this.csv = csv;
        this.progress = progress;
    }

    CampaignResult run(ProgressMonitor pm) throws IOException {
        pm.progress(-1, 0, "preparing the plan");
        List<LayerConfig> rows = plan.rows();
        return DetachedRun.call("evolp-campaign", opener, pm, (source, monitor) ->
                new Campaign(source, rows, csv, CampaignOptions.defaults()).onProgress(progress).run(monitor));
    }
}
