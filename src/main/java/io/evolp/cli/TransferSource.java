package io.evolp.cli;

import io.evolp.core.LayerDataset;
import io.evolp.predict.TrainOptions;
import io.evolp.predict.transfer.TransferOrScratch;
import io.evolp.task.ProgressMonitor;
import io.evolp.workflow.adaptive.TransferBase;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The source of a transfer on the command line ({@code train --base}, {@code measure --adaptive --base}):
 * a predictor file, or a dataset trained here with gbt.
 */
final class TransferSource {

    private TransferSource() {
    }

    static TransferBase load(Path base, long seed, PrintWriter err) throws IOException {
        String file = base.getFileName().toString();
        if (file.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return TransferBase.fromDataset(Inputs.dataset(base, null, false, err), file, seed, ProgressMonitor.NONE);
        }
        return TransferBase.fromPredictor(Inputs.predictor(base), file);
    }

    static TransferOrScratch.Choice train(Path base, LayerDataset target, TrainOptions opts, PrintWriter err,
                                         ProgressMonitor pm) throws IOException {
        TransferBase s = load(base, opts.seed(), err);
        return TransferOrScratch.train(target, s.predictor(), s.name(), opts, pm);
    }
}
