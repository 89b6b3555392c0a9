package io.evolp.workflow;

import io.evolp.core.LayerDataset;
import io.evolp.predict.LutPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.predict.curve.LearningCurve;
import io.evolp.task.CancelledException;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The learning-curve study the CLI and the GUI share: sizes, sources, clamping, progress and CSV. */
class LearningCurvesTest {

    private static final LayerDataset DATA = WorkflowData.twoKeys(30);

    @Test
    void sizesParseCommasSpacesAndAllAndNameTheBadEntry() {
        assertEquals(List.of(10, 20, 50, 100, LearningCurve.ALL), LearningCurves.parseSizes(LearningCurves.DEFAULT_SIZES));
        assertEquals(List.of(5, 7, LearningCurve.ALL), LearningCurves.parseSizes(" 5 7,ALL "));
        var e = assertThrows(IllegalArgumentException.class, () -> LearningCurves.parseSizes("10, x2, 30"));
        assertTrue(e.getMessage().contains("'x2'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LearningCurves.parseSizes("0"));
        assertThrows(IllegalArgumentException.class, () -> LearningCurves.parseSizes(" , "));
    }

    @Test
    void sizesBeyondTheTrainingPartBecomeAllOnce() {
        assertEquals(List.of(10, 40), LearningCurves.resolve(List.of(40, 10, 100, LearningCurve.ALL), 40));
        assertEquals(List.of(3), LearningCurves.resolve(List.of(LearningCurve.ALL, 3), 3));
    }

    @Test
    void requestsThatCannotRunAreRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> request(List.of("transfer"), null, false))
                .getMessage().contains("transfer needs a source"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> request(List.of("lut"), null, true))
                .getMessage().contains("active sampling needs a source"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> request(List.of("nope"), null, false))
                .getMessage().contains("unknown predictor 'nope'"));
        assertThrows(IllegalArgumentException.class, () -> request(List.of(), null, false));
    }

    @Test
    void everyKindGetsOnePointPerDistinctSizeTestedOnTheSameRows() {
        LearningCurves.Result r = LearningCurves.run(request(List.of("lut", "flops"), null, false), null);
        int train = LearningCurves.trainRows(DATA, 0.2, 1);
        assertEquals(train, r.trainRows());
        assertEquals(DATA.size() - train, r.testRows());
        assertEquals(List.of(5, 20, train), r.of("lut").stream().map(LearningCurve.Point::rows).toList());
        assertEquals(6, r.points().size(), "100 and all are one point, not two");
        for (LearningCurve.Point p : r.points()) {
            assertEquals(2, p.runs().size());
            assertEquals(r.testRows(), p.testRows());
            assertTrue(p.minAcc10() <= p.medianAcc10() && p.medianAcc10() <= p.maxAcc10());
            assertTrue(LearningCurves.minMape(p) <= p.medianMape() && p.medianMape() <= LearningCurves.maxMape(p));
        }
        // Same inputs, same numbers: the CLI and the GUI run this very study.
        LearningCurves.Result again = LearningCurves.run(request(List.of("lut", "flops"), null, false), null);
        assertEquals(r.points().stream().map(LearningCurve.Point::runs).toList(), again.points().stream().map(LearningCurve.Point::runs).toList());
    }

    @Test
    void aDatasetSourceIsTrainedFirstAndNamedInTheResultAndCsv() {
        LayerDataset other = LayerDataset.builder("other-board").build();
        LayerDataset.Builder b = LayerDataset.builder("other-board");
        for (int i = 0; i < DATA.size(); i++) b.add(DATA.config(i), DATA.latency(i) * 2);
        other = b.build();
        List<String> messages = new ArrayList<>();
        ProgressMonitor pm = new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { messages.add(message); }
            @Override public boolean isCancelled() { return false; }
        };
        LearningCurves.Request req = request(List.of("transfer", "lut"), LearningCurves.Source.ofDataset(other, "other.csv"), false);
        LearningCurves.Result r = LearningCurves.run(req, pm);
        assertEquals("other.csv (" + DATA.size() + " rows of 'other-board', gbt)", r.sourceName());
        assertTrue(messages.get(0).startsWith("source: "), messages.toString());
        assertEquals("learning curve done", messages.get(messages.size() - 1));
        List<List<String>> csv = LearningCurves.csv(r);
        assertEquals(LearningCurves.CSV_HEADER, csv.get(0));
        assertEquals(1 + 2 * 3, csv.size());
        List<String> first = csv.get(1);
        assertEquals(List.of("transfer", "5", "false"), first.subList(0, 3));
        assertEquals("random", first.get(4));
        assertEquals(r.sourceName(), first.get(5));
        LearningCurve.Point p = r.points().get(0);
        assertEquals(String.valueOf(p.medianAcc10()), first.get(6));
        assertEquals(p.runs().get(0).acc10() + ";" + p.runs().get(1).acc10(), first.get(12));
        assertEquals("true", csv.get(3).get(2), "the largest size is 'all'");
    }

    @Test
    void aPredictorSourceIsUsedAsItIs() {
        LutPredictor lut = (LutPredictor) Predictors.train("lut", DATA, TrainOptions.defaults(), null);
        LearningCurves.Source s = LearningCurves.Source.ofPredictor(lut, "lut.json");
        assertEquals("lut.json (lut of 'test-device')", s.name());
        assertSame(lut, s.resolve(TrainOptions.defaults(), ProgressMonitor.NONE));
    }

    @Test
    void cancellingStopsTheStudy() {
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { }
            @Override public boolean isCancelled() { return true; }
        };
        assertThrows(CancelledException.class, () -> LearningCurves.run(request(List.of("lut", "gbt"), null, false), cancelled));
    }

    private static LearningCurves.Request request(List<String> kinds, LearningCurves.Source source, boolean active) {
        return new LearningCurves.Request(DATA, kinds, List.of(5, 20, 100, LearningCurve.ALL), 2, 0.2, 1, source, active);
    }
}
