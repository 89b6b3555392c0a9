package io.evolp.project;

import io.evolp.core.LayerDataset;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accuracy is recomputed on the saved held-out rows, or the reason it cannot be is said. */
class PredictorEvaluationsTest {

    @Test
    void heldOutRowsAreEvaluatedAndMissingOrChangedDataIsReported() {
        LayerDataset ds = DatasetColumnsTest.small();
        LatencyPredictor p = Predictors.train("flops", ds, TrainOptions.defaults(), ProgressMonitor.NONE);
        List<ProjectMapper.PendingPredictor> pending = List.of(
                new ProjectMapper.PendingPredictor("ok", "d", 0.5, 1, p, new int[]{1}),
                new ProjectMapper.PendingPredictor("gone", "other", 0.5, 1, p, new int[]{0}),
                new ProjectMapper.PendingPredictor("changed", "d", 0.5, 1, p, new int[]{5}),
                new ProjectMapper.PendingPredictor("never", "d", 0, 1, p, null));
        var r = PredictorEvaluations.resolve(pending, List.of(new ProjectDataset("d", null, ds, List.of(), 0)), "p.json",
                ProgressMonitor.NONE);
        assertEquals(4, r.predictors().size(), "every predictor loads");
        assertEquals(1, r.predictors().get(0).evaluation().overall().n());
        assertNull(r.predictors().get(1).evaluation());
        assertNull(r.predictors().get(2).evaluation());
        assertNull(r.predictors().get(3).evaluation());
        assertEquals(2, r.problems().size());
        assertTrue(r.problems().get(0).message().contains("'other' is not loaded"), r.problems().get(0).message());
        assertTrue(r.problems().get(1).message().contains("has changed"), r.problems().get(1).message());
    }
}
