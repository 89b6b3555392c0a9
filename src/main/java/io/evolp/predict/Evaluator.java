package io.evolp.predict;

import io.evolp.predict.eval.EvaluationReport;
import io.evolp.predict.eval.Metrics;
import io.evolp.predict.eval.Split;
import io.evolp.predict.eval.Splits;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerDataset;
import io.evolp.task.ProgressMonitor;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Scores layer-latency predictors against measured datasets, on a test set or by cross-validation. */
public final class Evaluator {

    private Evaluator() {
    }

    /** Evaluates on every row of {@code test}. */
    public static EvaluationReport evaluate(LatencyPredictor p, LayerDataset test) {
        int[] all = new int[test.size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        return evaluate(p, test, all);
    }

    /** Evaluates on the given rows of {@code data} (in ascending row order). */
    public static EvaluationReport evaluate(LatencyPredictor p, LayerDataset data, int[] rows) {
        int[] sorted = rows.clone();
        Arrays.sort(sorted);
        double[] predicted = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) predicted[i] = p.predictLayer(data.config(sorted[i]));
        return report(p.kind(), data, predicted, sorted);
    }

    /**
     * k-fold cross-validation: trains {@code trainer} on each fold's training rows and pools the
     * out-of-fold predictions, so every row is predicted exactly once by a model that never saw it.
     *
     * @param pm progress per fold; cancellation is checked before each fold
     * @throws io.evolp.task.CancelledException when {@code pm} is cancelled
     */
    public static EvaluationReport crossValidate(Function<LayerDataset, LatencyPredictor> trainer,
                                                 LayerDataset data, int k, long seed, ProgressMonitor pm) {
        List<Split> folds = Splits.kfold(data, k, seed);
        double[] predictedByRow = new double[data.size()];
        String kind = null;
        for (int f = 0; f < folds.size(); f++) {
            pm.checkCancelled();
            pm.progress(f, folds.size(), "cross-validation fold " + (f + 1) + " of " + folds.size());
            Split split = folds.get(f);
            LatencyPredictor p = trainer.apply(data.subset(split.train()));
            if (kind == null) kind = p.kind();
            for (int row : split.test()) predictedByRow[row] = p.predictLayer(data.config(row));
        }
        pm.progress(folds.size(), folds.size(), "cross-validation done");
        int[] rows = new int[data.size()];
        for (int i = 0; i < rows.length; i++) rows[i] = i;
        return report(kind, data, predictedByRow, rows);
    }

    private static EvaluationReport report(String kind, LayerDataset data, double[] predicted, int[] rows) {
        double[] measured = new double[rows.length];
        for (int i = 0; i < rows.length; i++) measured[i] = data.latency(rows[i]);
        return new EvaluationReport(kind, data.device(), Metrics.of(predicted, measured),
                perKey(data, predicted, measured, rows), predicted, measured, rows);
    }

    private static Map<ConfigKey, Metrics> perKey(LayerDataset data, double[] predicted,
                                                  double[] measured, int[] rows) {
        // Group positions by key in a HashMap (ConfigKey's ordering builds label strings, too slow
        // per row on a million rows); sort only the per-key results.
        Map<ConfigKey, int[]> positions = new HashMap<>();
        Map<ConfigKey, Integer> counts = new HashMap<>();
        for (int i = 0; i < rows.length; i++) {
            ConfigKey key = data.key(rows[i]);
            int[] pos = positions.get(key);
            int c = counts.getOrDefault(key, 0);
            if (pos == null || c == pos.length) {
                pos = pos == null ? new int[8] : Arrays.copyOf(pos, pos.length * 2);
                positions.put(key, pos);
            }
            pos[c] = i;
            counts.put(key, c + 1);
        }
        Map<ConfigKey, Metrics> out = new TreeMap<>();
        positions.forEach((key, pos) -> {
            int c = counts.get(key);
            double[] p = new double[c], m = new double[c];
            for (int j = 0; j < c; j++) {
                p[j] = predicted[pos[j]];
                m[j] = measured[pos[j]];
            }
            out.put(key, Metrics.of(p, m));
        });
        return Collections.unmodifiableMap(out);
    }
}
