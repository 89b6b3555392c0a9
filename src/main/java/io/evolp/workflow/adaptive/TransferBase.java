package io.evolp.workflow.adaptive;

import io.evolp.core.LayerDataset;
import io.evolp.predict.GbtPredictor;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.task.ProgressMonitor;

import java.util.Objects;

/**
 * The source device of a transfer: a predictor of another device, or a dataset of one from which a
 * gbt is trained here (as {@code train --base S.csv} does), with the name outputs give it.
 */
public record TransferBase(LatencyPredictor predictor, String name) {

    public TransferBase {
        Objects.requireNonNull(predictor, "predictor");
        Objects.requireNonNull(name, "name");
    }

    /** A gbt trained on {@code data} (another device's measurements). */
    public static TransferBase fromDataset(LayerDataset data, String fileName, long seed, ProgressMonitor pm) {
        if (data.isEmpty()) throw new IllegalArgumentException(fileName + " has no rows to learn the source device from");
        LatencyPredictor p = Predictors.train(GbtPredictor.KIND, data, TrainOptions.defaults().withSeed(seed), pm);
        return new TransferBase(p, name(fileName, data));
    }

    public static TransferBase fromPredictor(LatencyPredictor p, String fileName) {
        return new TransferBase(p, name(fileName, p));
    }

    /**
     * How every output names a source dataset — file, rows, device, and that gbt is trained on it — so
     * that the transfer's own account ({@code TransferPredictor.describe}) can print the name as it is.
     */
    public static String name(String fileName, LayerDataset data) {
        return fileName + " (" + data.size() + " rows of '" + data.device() + "', gbt)";
    }

    /** How every output names a source predictor: file, kind and device. */
    public static String name(String fileName, LatencyPredictor p) {
        return fileName + " (" + p.kind() + " of '" + p.device() + "')";
    }
}
