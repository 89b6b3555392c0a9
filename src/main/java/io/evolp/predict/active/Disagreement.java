package io.evolp.predict.active;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.transfer.TransferPredictor;
import io.evolp.predict.transfer.TransferTrainer;

import java.util.List;

/**
 * Predictive spread on the target device: the transfer candidates (global scale, family scales,
 * log-linear map, residual trees, trees on the source prediction) fitted on the rows measured so far
 * disagree most where those rows say least. Per pool layer, the standard deviation of their log
 * predictions.
 */
public final class Disagreement {

    /** Below this many measured rows the candidates are all one global scale: no spread worth using. */
    static final int MIN_ROWS = 4;

    private Disagreement() {
    }

    /** @return per pool layer the spread, or null when too few rows were measured */
    public static double[] of(LayerDataset measured, LatencyPredictor source, List<LayerConfig> pool, long seed) {
        if (measured.size() < MIN_ROWS) return null;
        List<TransferPredictor> ensemble = TransferTrainer.ensemble(measured, source, seed);
        double[] out = new double[pool.size()];
        double[] v = new double[ensemble.size()];
        for (int i = 0; i < out.length; i++) {
            double mean = 0;
            for (int j = 0; j < v.length; j++) {
                v[j] = Math.log(Math.max(ensemble.get(j).predictLayer(pool.get(i)), 1e-12));
                mean += v[j];
            }
            mean /= v.length;
            double ss = 0;
            for (double x : v) ss += (x - mean) * (x - mean);
            out[i] = Math.sqrt(ss / v.length);
        }
        return out;
    }
}
