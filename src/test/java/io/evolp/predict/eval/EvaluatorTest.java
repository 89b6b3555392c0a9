package io.evolp.predict.eval;

import io.evolp.predict.Evaluator;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.predict.LatencyPredictor;
import io.evolp.task.CancelledException;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvaluatorTest {

    private static final double EPS = 1e-9;

    private static LatencyPredictor predictor(String kind, ToDoubleFunction<LayerConfig> f) {
        return new LatencyPredictor() {
            @Override public String kind() { return kind; }
            @Override public String device() { return "test-device"; }
            @Override public double predictLayer(LayerConfig layer) { return f.applyAsDouble(layer); }
            @Override public boolean covers(ConfigKey key) { return true; }
        };
    }

    /** The generating function of {@link Datasets#keyed}, scaled. */
    private static double truth(LayerConfig c) {
        return (c.inputSize() - 8 + 1) * c.macs() * 1e-6;
    }

    @Test
    void uniformTenPercentOverestimate() {
        LayerDataset ds = Datasets.keyed(5, 8, 3);
        EvaluationReport r = Evaluator.evaluate(predictor("fake", c -> 1.1 * truth(c)), ds);
        assertEquals("fake", r.predictorKind());
        assertEquals("test-device", r.device());
        assertEquals(16, r.overall().n());
        assertEquals(10.0, r.overall().mape(), 1e-6);
        assertEquals(0.0, r.overall().acc5(), EPS);
        assertEquals(100.0, r.overall().acc10(), EPS);
        assertEquals(10.0, r.overall().worst(), 1e-6);
        double sq = 0;
        for (int i = 0; i < ds.size(); i++) sq += Math.pow(0.1 * ds.latency(i), 2);
        assertEquals(Math.sqrt(sq / ds.size()), r.overall().rmseMs(), 1e-12);
        assertEquals(3, r.perKey().size());
        int total = 0;
        for (Metrics m : r.perKey().values()) {
            total += m.n();
            assertEquals(10.0, m.mape(), 1e-6);
        }
        assertEquals(16, total);
        List<ConfigKey> keys = new ArrayList<>(r.perKey().keySet());
        for (int i = 1; i < keys.size(); i++) assertTrue(keys.get(i - 1).compareTo(keys.get(i)) < 0, "sorted keys");
    }

    @Test
    void perKeyMetricsSeparateKeys() {
        LayerDataset ds = Datasets.keyed(4, 4);
        // exact on the first key (input 8), 20% low on the second (input 9)
        EvaluationReport r = Evaluator.evaluate(
                predictor("k", c -> truth(c) * (c.inputSize() == 8 ? 1.0 : 0.8)), ds);
        assertEquals(0.0, r.perKey().get(ds.key(0)).mape(), 1e-9);
        assertEquals(20.0, r.perKey().get(ds.key(4)).mape(), 1e-9);
        assertEquals(10.0, r.overall().mape(), 1e-9);
        assertEquals(50.0, r.overall().acc10(), EPS);
    }

    @Test
    void rowsMapEachPredictionBackToItsDatasetRow() {
        LayerDataset ds = Datasets.keyed(6, 6);
        int[] rows = {9, 2, 5, 11};
        EvaluationReport r = Evaluator.evaluate(predictor("p", c -> c.cin() + 100.0 * c.inputSize()), ds, rows);
        assertArrayEquals(new int[]{2, 5, 9, 11}, r.rows());
        for (int i = 0; i < r.rows().length; i++) {
            LayerConfig c = ds.config(r.rows()[i]);
            assertEquals(c.cin() + 100.0 * c.inputSize(), r.predicted()[i], EPS);
            assertEquals(ds.latency(r.rows()[i]), r.measured()[i], EPS);
        }
        assertEquals(4, r.overall().n());
    }

    @Test
    void crossValidationPredictsEveryRowOnlyFromModelsThatNeverSawIt() {
        LayerDataset ds = Datasets.keyed(10, 13, 7);
        List<Integer> trainSizes = new ArrayList<>();
        // "memorising" predictor: exact on rows it trained on, 1000 ms on anything else
        EvaluationReport r = Evaluator.crossValidate(train -> {
            trainSizes.add(train.size());
            Map<LayerConfig, Double> seen = new HashMap<>();
            for (int i = 0; i < train.size(); i++) seen.put(train.config(i), train.latency(i));
            return predictor("memo", c -> seen.getOrDefault(c, 1000.0));
        }, ds, 5, 1, ProgressMonitor.NONE);
        assertEquals(5, trainSizes.size());
        assertEquals(4 * ds.size(), trainSizes.stream().mapToInt(Integer::intValue).sum());
        assertEquals(ds.size(), r.overall().n());
        for (double p : r.predicted()) assertEquals(1000.0, p, 0.0, "no row was predicted by a model trained on it");
        for (int i = 0; i < ds.size(); i++) assertEquals(i, r.rows()[i]);
        assertEquals("memo", r.predictorKind());
    }

    @Test
    void crossValidationOfAFittingLearnerIsAccurate() {
        LayerDataset ds = Datasets.keyed(12, 15, 9);
        // learner: per-key mean of latency / MACs — exact for this data
        EvaluationReport r = Evaluator.crossValidate(train -> {
            Map<ConfigKey, double[]> sums = new HashMap<>();
            for (int i = 0; i < train.size(); i++) {
                double[] s = sums.computeIfAbsent(train.key(i), k -> new double[2]);
                s[0] += train.latency(i) / train.config(i).macs();
                s[1]++;
            }
            return predictor("ratio", c -> {
                double[] s = sums.get(c.key());
                return s == null ? 0.0 : s[0] / s[1] * c.macs();
            });
        }, ds, 3, 4, ProgressMonitor.NONE);
        assertEquals(0.0, r.overall().mape(), 1e-9);
        assertEquals(100.0, r.overall().acc5(), EPS);
        assertEquals(1.0, r.overall().spearman(), 1e-12);
    }

    @Test
    void crossValidationReportsProgressAndHonoursCancellation() {
        LayerDataset ds = Datasets.keyed(10, 10);
        List<String> messages = new ArrayList<>();
        Set<Long> totals = new HashSet<>();
        ProgressMonitor recording = new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) {
                messages.add(done + ":" + message);
                totals.add(total);
            }
            @Override public boolean isCancelled() { return false; }
        };
        Evaluator.crossValidate(t -> predictor("c", c -> 1.0), ds, 4, 0, recording);
        assertEquals(5, messages.size());
        assertEquals(Set.of(4L), totals);
        assertEquals("0:cross-validation fold 1 of 4", messages.get(0));

        int[] trained = {0};
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { }
            @Override public boolean isCancelled() { return true; }
        };
        assertThrows(CancelledException.class, () -> Evaluator.crossValidate(t -> {
            trained[0]++;
            return predictor("c", c -> 1.0);
        }, ds, 4, 0, cancelled));
        assertEquals(0, trained[0]);
    }
}
