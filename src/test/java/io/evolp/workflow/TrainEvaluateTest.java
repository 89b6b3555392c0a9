package io.evolp.workflow;

import io.evolp.core.LayerDataset;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.predict.eval.EvaluationReport;
import io.evolp.predict.Evaluator;
import io.evolp.predict.eval.Split;
import io.evolp.predict.eval.Splits;
import io.evolp.task.CancelledException;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrainEvaluateTest {

    private final LayerDataset data = WorkflowData.twoKeys(20);

    @Test
    void everyKindIsTestedOnTheSameHeldOutRowsItNeverSawInTraining() {
        var r = TrainEvaluate.Request.holdout(data, List.of("flops", "lut"), 0.25, 3);
        List<TrainEvaluate.Trained> out = TrainEvaluate.run(r, ProgressMonitor.NONE);
        assertEquals(List.of("flops", "lut"), out.stream().map(TrainEvaluate.Trained::kind).toList());
        Split split = Splits.holdout(data, 0.25, 3);
        int[] test = split.test().clone();
        Arrays.sort(test);
        for (TrainEvaluate.Trained t : out) {
            assertNotNull(t.predictor());
            assertArrayEquals(test, t.report().rows(), t.kind());
            assertEquals(test.length, t.report().overall().n());
        }
    }

    @Test
    void aHoldoutMatchesTrainingOnTheTrainingRowsWithTheSplitSeed() {
        var r = TrainEvaluate.Request.holdout(data, List.of("flops"), 0.2, 7);
        EvaluationReport got = TrainEvaluate.one(r, "flops", ProgressMonitor.NONE).report();
        Split split = Splits.holdout(data, 0.2, 7);
        LatencyPredictor p = Predictors.train("flops", data.subset(split.train()), TrainOptions.defaults().withSeed(7),
                ProgressMonitor.NONE);
        EvaluationReport want = Evaluator.evaluate(p, data, split.test());
        assertEquals(want.overall().rmseMs(), got.overall().rmseMs(), 1e-12);
        assertEquals(want.overall().mape(), got.overall().mape(), 1e-12);
    }

    @Test
    void crossValidationPredictsEveryRowOnceAndKeepsNoPredictor() {
        var r = TrainEvaluate.Request.crossValidation(data, List.of("lut"), 4, 1);
        TrainEvaluate.Trained t = TrainEvaluate.run(r, ProgressMonitor.NONE).get(0);
        assertNull(t.predictor());
        assertEquals(data.size(), t.report().overall().n());
        assertTrue(t.autos().isEmpty());
    }

    @Test
    void autoPredictorsTrainedOnTheWayAreReportedPerFold() {
        var r = TrainEvaluate.Request.crossValidation(WorkflowData.twoKeys(12), List.of("auto"), 2, 1);
        TrainEvaluate.Trained t = TrainEvaluate.one(r, "auto", ProgressMonitor.NONE);
        assertEquals(2, t.autos().size());
        assertFalse(t.autos().get(0).chosenCandidate().isBlank());
    }

    @Test
    void aSplitWithNothingToTestIsRefusedWithTheReason() {
        LayerDataset one = data.subset(new int[]{0});
        var holdout = TrainEvaluate.Request.holdout(one, List.of("flops"), 0.2, 1);
        String why = TrainEvaluate.untestable(holdout).orElseThrow();
        assertTrue(why.contains("nothing to test") && why.contains("1 valid row"), why);
        var e = assertThrows(IllegalArgumentException.class, () -> TrainEvaluate.run(holdout, ProgressMonitor.NONE));
        assertEquals(why, e.getMessage());
        var folds = TrainEvaluate.Request.crossValidation(data, List.of("flops"), data.size() + 1, 1);
        assertTrue(TrainEvaluate.untestable(folds).orElseThrow().contains("cannot be split into " + (data.size() + 1)));
        assertTrue(TrainEvaluate.untestable(TrainEvaluate.Request.holdout(data, List.of("flops"), 0.2, 1)).isEmpty());
    }

    @Test
    void badRequestsAreRefusedBeforeAnyWork() {
        assertThrows(IllegalArgumentException.class, () -> TrainEvaluate.Request.holdout(data, List.of("nope"), 0.2, 1));
        assertThrows(IllegalArgumentException.class, () -> TrainEvaluate.Request.holdout(data, List.of(), 0.2, 1));
        assertThrows(IllegalArgumentException.class, () -> TrainEvaluate.Request.holdout(data, List.of("lut"), 1.0, 1));
        assertThrows(IllegalArgumentException.class, () -> TrainEvaluate.Request.crossValidation(data, List.of("lut"), 1, 1));
    }

    @Test
    void progressIsSharedAmongTheKindsAndCancellationStopsTheRun() {
        List<long[]> seen = new ArrayList<>();
        ProgressMonitor pm = new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { seen.add(new long[]{done, total}); }
            @Override public boolean isCancelled() { return false; }
        };
        TrainEvaluate.run(TrainEvaluate.Request.holdout(data, List.of("flops", "lut"), 0.2, 1), pm);
        long[] last = seen.get(seen.size() - 1);
        assertEquals(last[1], last[0], "ends at 100 %");
        for (int i = 1; i < seen.size(); i++) assertTrue(seen.get(i)[0] >= seen.get(i - 1)[0], "monotone");
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { }
            @Override public boolean isCancelled() { return true; }
        };
        assertThrows(CancelledException.class, () -> TrainEvaluate.run(
                TrainEvaluate.Request.holdout(data, List.of("flops"), 0.2, 1), cancelled));
    }
}
