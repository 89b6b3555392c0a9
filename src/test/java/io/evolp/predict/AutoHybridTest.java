package io.evolp.predict;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.predict.Evaluator;
import io.evolp.predict.eval.Split;
import io.evolp.predict.eval.Splits;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class AutoHybridTest {

    private static final TrainOptions OPTS = TrainOptions.defaults();

    @Test
    void autoRecordsItsWinnerAndTheCrossValidationTable() {
        LayerDataset d = GbtPredictorTest.aligned(5, 300);
        AutoPredictor a = (AutoPredictor) Predictors.train("auto", d, OPTS, ProgressMonitor.NONE);
        List<String> names = a.crossValidation().stream().map(CvRow::candidate).toList();
        assertEquals(AutoPredictor.candidatesFor(d.size()), names);
        assertFalse(names.contains(Candidates.GP), "300 rows are above gp's limit");
        CvRow best = a.crossValidation().stream().min(java.util.Comparator.comparingDouble(CvRow::mape)).orElseThrow();
        assertEquals(best.candidate(), a.chosenCandidate());
        assertEquals(5, a.folds());
        assertTrue(a.describe().contains("* " + best.candidate()), a.describe());
        // Alignment steps: a smooth per-key net cannot follow them, so evolp must not win here.
        assertNotEquals(Candidates.EVOLP, a.chosenCandidate());
        for (int i = 0; i < d.size(); i += 17) assertEquals(a.chosen().predictLayer(d.config(i)), a.predictLayer(d.config(i)));
    }

    /** Changing the held-out rows must not change what auto learns from the training rows. */
    @Test
    void autoNeverSeesTheTestRows() {
        LayerDataset d = GbtPredictorTest.aligned(6, 200);
        Split split = Splits.holdout(d, 0.3, 1);
        boolean[] isTest = new boolean[d.size()];
        for (int r : split.test()) isTest[r] = true;
        LayerDataset.Builder b = LayerDataset.builder(d.device());
        for (int i = 0; i < d.size(); i++) b.add(d.config(i), isTest[i] ? d.latency(i) * 7 : d.latency(i));
        LayerDataset poisoned = b.build();
        AutoPredictor clean = (AutoPredictor) Predictors.train("auto", d.subset(split.train()), OPTS, ProgressMonitor.NONE);
        AutoPredictor other = (AutoPredictor) Predictors.train("auto", poisoned.subset(split.train()), OPTS, ProgressMonitor.NONE);
        assertEquals(clean.crossValidation(), other.crossValidation());
        assertEquals(PredictorTrees.toJson(clean), PredictorTrees.toJson(other));
        // The poisoned rows do matter when evaluated, so the check above is not vacuous.
        assertNotEquals(Evaluator.evaluate(clean, d, split.test()).overall().mape(),
                Evaluator.evaluate(clean, poisoned, split.test()).overall().mape(), 1.0);
    }

    @Test
    void hybridChoosesAVariantByCrossValidation() {
        LayerDataset d = GbtPredictorTest.aligned(7, 200).concat(SyntheticData.vggLike(0.02, 7).withDevice("aligned"));
        HybridPredictor h = (HybridPredictor) Predictors.train("hybrid", d, OPTS, ProgressMonitor.NONE);
        assertEquals(HybridPredictor.VARIANTS, h.crossValidation().stream().map(CvRow::candidate).toList());
        assertEquals(Candidates.best(h.crossValidation()).candidate(), h.variant());
        LayerConfig c = LayerConfig.of(28, 101, 101, 3, 1, 1, 101);
        assertTrue(h.predictLayer(c) > 0 && Double.isFinite(h.predictLayer(c)));
    }

    @Test
    void tinyDatasetsStillTrain() {
        LayerDataset d = GbtPredictorTest.aligned(8, 12);
        for (String kind : List.of("auto", "hybrid", "gbt", "evolp")) {
            LatencyPredictor p = Predictors.train(kind, d, OPTS, ProgressMonitor.NONE);
            for (int i = 0; i < d.size(); i++) assertTrue(p.predictLayer(d.config(i)) > 0, kind);
        }
    }
}
