package io.evolp.cli;

import io.evolp.core.LayerDataset;
import io.evolp.predict.GbtPredictor;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.predict.transfer.TransferOrScratch;
import io.evolp.task.ProgressMonitor;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** The source of a transfer on the command line: a predictor file, or a dataset trained here with gbt. */
final class TransferSource {

    private TransferSource() {
    }

    /** A source predictor and the name the output and the file give it. */
    record Source(LatencyPredictor predictor, String name) {
    }

    static Source load(Path base, TrainOptions opts, PrintWriter err, ProgressMonitor pm) throws IOException {
        if (base.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            LayerDataset src = Inputs.dataset(base, null, false, err);
            LatencyPredictor p = Predictors.train(GbtPredictor.KIND, src, opts, pm);
            return new Source(p, base.getFileName() + " (" + src.size() + " rows of '" + src.device() + "', gbt)");
        }
        LatencyPredictor p = Inputs.predictor(base);
        return new Source(p, base.getFileName() + " (" + p.kind() + " of '" + p.device() + "')");
    }

    static TransferOrScratch.Choice train(Path base, LayerDataset target, TrainOptions opts, PrintWriter err,
                                         ProgressMonitor pm) throws IOException {
        Source s = load(base, opts, err, ProgressMonitor.NONE);
        return TransferOrScratch.train(target, s.predictor(), s.name(), opts, pm);
    }
}
