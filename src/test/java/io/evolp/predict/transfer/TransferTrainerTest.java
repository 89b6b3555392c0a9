package io.evolp.predict.transfer;

import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerDataset;
import io.evolp.predict.Evaluator;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.PredictorStore;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransferTrainerTest {

    @TempDir
    Path dir;

    private static final TrainOptions OPTS = TrainOptions.defaults();

    private static LatencyPredictor source() {
        return Predictors.train("gbt", TwoDevices.data("src", 40, 1, false), OPTS, ProgressMonitor.NONE);
    }

    @Test
    void thirtyTargetRowsWithTheSourceBeatThirtyRowsFromScratch() {
        LatencyPredictor src = source();
        LayerDataset few = TwoDevices.data("tgt", 4, 2, true).subset(java.util.stream.IntStream.range(0, 30).toArray());
        LayerDataset test = TwoDevices.data("tgt", 30, 3, true);
        TransferPredictor t = TransferTrainer.train(few, src, "src.json", OPTS, ProgressMonitor.NONE);
        LatencyPredictor scratch = Predictors.train("gbt", few, OPTS, ProgressMonitor.NONE);
        double tMape = Evaluator.evaluate(t, test).overall().mape();
        double sMape = Evaluator.evaluate(scratch, test).overall().mape();
        assertTrue(tMape < sMape / 2, "transfer " + tMape + " vs scratch " + sMape);
        assertEquals(TransferPredictor.CANDIDATES.size(), t.crossValidation().size());
        assertTrue(t.describe().startsWith("transfer from src.json to 'tgt' with 30 target rows: "), t.describe());
        assertTrue(t.describe().contains("repeated 4×") && t.describe().contains("one standard error"), t.describe());
        assertEquals("tgt", t.device());
    }

    @Test
    void familyScalesLearnPerKeyFactorsAGlobalScaleCannot() {
        LatencyPredictor src = source();
        LayerDataset train = TwoDevices.data("tgt", 8, 4, true);
        LayerDataset test = TwoDevices.data("tgt", 20, 5, true);
        double[] ls = new double[train.size()];
        for (int i = 0; i < ls.length; i++) ls[i] = TransferPredictor.logSource(src, train.config(i));
        double global = Evaluator.evaluate(TransferTrainer.fit(TransferPredictor.SCALE, train, ls, src, "s", 1, 0,
                java.util.List.of()), test).overall().mape();
        double family = Evaluator.evaluate(TransferTrainer.fit(TransferPredictor.FAMILY, train, ls, src, "s", 1, 0,
                java.util.List.of()), test).overall().mape();
        assertTrue(family < global * 0.7, "family " + family + " vs global " + global);
    }

    @Test
    void everyMethodSurvivesTheFileAndPredictsTheSame() throws Exception {
        LatencyPredictor src = source();
        LayerDataset train = TwoDevices.data("tgt", 6, 6, true);
        double[] ls = new double[train.size()];
        for (int i = 0; i < ls.length; i++) ls[i] = TransferPredictor.logSource(src, train.config(i));
        for (String m : TransferPredictor.CANDIDATES) {
            TransferPredictor p = TransferTrainer.fit(m, train, ls, src, "src.json (gbt of 'src')", 1, 5,
                    java.util.List.of(new io.evolp.predict.CvRow(m, 3.5, 90)));
            Path f = dir.resolve("t.json");
            PredictorStore.save(p, f);
            TransferPredictor back = (TransferPredictor) PredictorStore.load(f);
            assertEquals(m, back.method());
            assertEquals("src.json (gbt of 'src')", back.sourceName());
            for (int i = 0; i < train.size(); i++) {
                assertEquals(p.predictLayer(train.config(i)), back.predictLayer(train.config(i)), 0, m);
            }
        }
    }

    @Test
    void aBadMethodInTheFileIsNamedWithItsField() throws Exception {
        LatencyPredictor src = source();
        LayerDataset train = TwoDevices.data("tgt", 2, 7, true);
        TransferPredictor p = TransferTrainer.train(train, src, "s", OPTS, ProgressMonitor.NONE);
        Path f = dir.resolve("t.json");
        PredictorStore.save(p, f);
        Files.writeString(f, Files.readString(f).replaceFirst("\"variant\"\\s*:\\s*\"[^\"]*\"", "\"variant\": \"magic\""));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PredictorStore.load(f));
        assertTrue(e.getMessage().contains("variant") && e.getMessage().contains("magic"), e.getMessage());
    }

    @Test
    void tooFewRowsTakeTheGlobalScale() {
        LayerDataset three = TwoDevices.data("tgt", 1, 8, true).subset(new int[]{0, 1, 2});
        TransferPredictor p = TransferTrainer.train(three, source(), "s", OPTS, ProgressMonitor.NONE);
        assertEquals(TransferPredictor.SCALE, p.method());
        assertEquals(0, p.folds());
        assertThrows(IllegalArgumentException.class,
                () -> TransferTrainer.train(three.subset(new int[0]), source(), "s", OPTS, ProgressMonitor.NONE));
    }
}
