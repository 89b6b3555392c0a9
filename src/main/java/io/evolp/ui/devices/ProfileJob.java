package io.evolp.ui.devices;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.core.ModelSpec;
import io.evolp.measure.MeasurementSource;
import io.evolp.measure.campaign.CampaignOptions;
import io.evolp.measure.campaign.CampaignProgress;
import io.evolp.predict.LatencyPredictor;
import io.evolp.task.ProgressMonitor;
import io.evolp.workflow.adaptive.AdaptiveCampaign;
import io.evolp.workflow.adaptive.AdaptiveResult;
import io.evolp.workflow.adaptive.AdaptiveSettings;
import io.evolp.workflow.adaptive.CandidatePool;
import io.evolp.workflow.adaptive.TransferBase;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One "Profile a new device" run on a task's worker: learns the source device (a workspace dataset is
 * turned into a gbt first), builds the candidate layers of the models, and runs an
 * {@link AdaptiveCampaign} on a thread nobody interrupts — for the reason {@link CampaignJob} gives:
 * a cancel becomes the campaign's flag and it stops between rows with whole files.
 *
 * @param sourcePredictor a predictor of another device, or null
 * @param sourceData      a dataset of another device (used when {@code sourcePredictor} is null), or null
 */
record ProfileJob(Supplier<MeasurementSource> opener, List<ModelSpec> models, LatencyPredictor sourcePredictor,
                  LayerDataset sourceData, String sourceName, AdaptiveSettings settings, Path csv,
                  Consumer<AdaptiveCampaign.Update> onBatch, Consumer<CampaignProgress> onRow) {

    AdaptiveResult run(ProgressMonitor pm) throws IOException {
        TransferBase base = null;
        if (sourcePredictor != null) {
            base = TransferBase.fromPredictor(sourcePredictor, sourceName);
        } else if (sourceData != null) {
            pm.progress(-1, 0, "learning the source device from " + sourceName);
            base = TransferBase.fromDataset(sourceData, sourceName, settings.seed(), pm);
        }
        pm.progress(-1, 0, "choosing the candidate layers");
        List<LayerConfig> pool = CandidatePool.of(models, settings.budgetRows(), settings.seed());
        TransferBase b = base;
        return DetachedRun.call("evolp-profile", opener, pm, (source, monitor) ->
                new AdaptiveCampaign(source, pool, csv, b, settings, CampaignOptions.defaults())
                        .onBatch(onBatch).onRow(onRow).run(monitor));
    }
}
