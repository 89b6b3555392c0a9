package io.evolp.predict.transfer;

import io.evolp.core.LayerDataset;
import io.evolp.predict.AutoPredictor;
import io.evolp.predict.CvRow;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class TransferOrScratchTest {

    private static final TrainOptions OPTS = TrainOptions.defaults();

    private static List<CvRow> cv(double... mapes) {
        return IntStream.range(0, mapes.length).mapToObj(i -> new CvRow("c" + i, mapes[i], 50)).toList();
    }

    @Test
    void scratchReplacesTheTransferOnlyWhenClearlyBetter() {
        // transfer's best is 20 %: auto must be below 18 %
        assertTrue(TransferOrScratch.scratchWins(cv(30, 20, 25), cv(40, 17.9)));
        assertFalse(TransferOrScratch.scratchWins(cv(30, 20, 25), cv(40, 18.1)));
        assertFalse(TransferOrScratch.scratchWins(cv(30, 20), cv()), "no auto CV: the transfer stays");
        assertFalse(TransferOrScratch.scratchWins(cv(Double.NaN), cv(5)), "no transfer figure: the transfer stays");
        assertTrue(TransferOrScratch.scratchWins(cv(Double.NaN, 20), cv(Double.NaN, 10)), "NaN rows are skipped");
    }

    @Test
    void aGoodSourceIsKeptAndTheSummaryGivesBothFigures() {
        // A smooth target alone is learnt from 30 rows as well as with a source (gp); the tile step is not.
        LatencyPredictor src = Predictors.train("gbt", TwoDevices.tiled("src", 40, 1, false), OPTS, ProgressMonitor.NONE);
        LayerDataset rows = TwoDevices.tiled("tgt", 4, 2, true).subset(IntStream.range(0, 30).toArray());
        TransferOrScratch.Choice c = TransferOrScratch.train(rows, src, "src.json", OPTS, ProgressMonitor.NONE);
        assertFalse(c.scratchChosen(), c.summary());
        assertSame(c.transfer(), c.predictor());
        assertNotNull(c.scratch());
        assertTrue(c.summary().startsWith("transfer kept, " + c.transfer().method()
                + " (lowest cross-validated MAPE on the 30 target rows: transfer's "), c.summary());
        assertTrue(c.summary().contains("auto's " + c.scratch().chosenCandidate()), c.summary());
        assertEquals(TransferPredictor.targetOnly(c.transfer().method()), c.summary().contains("uses the target rows alone"),
                c.summary());
    }

    @Test
    void aKeptTransferThatIgnoresTheSourceSaysSo() {
        LatencyPredictor src = Predictors.train("gbt", TwoDevices.data("src", 20, 1, false), OPTS, ProgressMonitor.NONE);
        LayerDataset rows = TwoDevices.data("tgt", 3, 4, true);
        double[] ls = IntStream.range(0, rows.size()).mapToDouble(i -> TransferPredictor.logSource(src, rows.config(i))).toArray();
        AutoPredictor a = (AutoPredictor) Predictors.train(AutoPredictor.KIND, rows, OPTS, ProgressMonitor.NONE);
        for (String m : List.of(TransferPredictor.TARGET_GP, TransferPredictor.SOURCE_LAW)) {
            TransferPredictor t = TransferTrainer.fit(m, rows, ls, src, "s", 1, 5, cv(9, 8));
            String line = new TransferOrScratch.Choice(t, t, a).summary();
            assertTrue(line.startsWith("transfer kept, " + m + " ("), line);
            assertEquals(m.equals(TransferPredictor.TARGET_GP),
                    line.endsWith("; that candidate uses the target rows alone: on these rows the source did not lower the error"), line);
        }
    }

    @Test
    void fewRowsKeepTheTransferWithoutTrainingAuto() {
        LatencyPredictor src = Predictors.train("gbt", TwoDevices.data("src", 20, 1, false), OPTS, ProgressMonitor.NONE);
        LayerDataset rows = TwoDevices.data("tgt", 2, 3, true);
        assertTrue(rows.size() < TransferOrScratch.MIN_ROWS);
        TransferOrScratch.Choice c = TransferOrScratch.train(rows, src, "s", OPTS, ProgressMonitor.NONE);
        assertNull(c.scratch());
        assertFalse(c.scratchChosen());
        assertTrue(c.summary().contains("too few rows"), c.summary());
    }

    @Test
    void whenAutoWinsTheSummarySaysTheSourceDidNotHelp() {
        LatencyPredictor src = Predictors.train("gbt", TwoDevices.data("src", 20, 1, false), OPTS, ProgressMonitor.NONE);
        LayerDataset rows = TwoDevices.data("tgt", 3, 4, true);
        TransferPredictor t = TransferTrainer.train(rows, src, "s", OPTS, ProgressMonitor.NONE);
        AutoPredictor a = (AutoPredictor) Predictors.train(AutoPredictor.KIND, rows, OPTS, ProgressMonitor.NONE);
        TransferOrScratch.Choice c = new TransferOrScratch.Choice(a, t, a);
        assertTrue(c.scratchChosen());
        assertTrue(c.summary().startsWith("the source did not help: auto trained on the target rows alone is kept"),
                c.summary());
    }
}
