package io.evolp.predict.transfer;

import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerConfig;
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
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The power law under target-only trees: it extrapolates where plain trees step, and its file field is checked. */
class TargetScaledTest {

    @TempDir
    Path dir;

    /** A device whose latency is a power law of MACs: channels 16–128 for training, 256–512 to test. */
    private static LayerDataset powerLaw(int n, int lo, int hi, long seed) {
        Random rnd = new Random(seed);
        LayerDataset.Builder b = LayerDataset.builder("tgt");
        for (int i = 0; i < n; i++) {
            LayerConfig c = LayerConfig.of(28, lo + rnd.nextInt(hi - lo), lo + rnd.nextInt(hi - lo), 3, 1, 1, 1);
            b.add(c, 2e-7 * Math.pow(c.macs(), 0.9) * (1 + 0.02 * rnd.nextGaussian()));
        }
        return b.build();
    }

    private static double[] logSource(LatencyPredictor src, LayerDataset d) {
        double[] ls = new double[d.size()];
        for (int i = 0; i < ls.length; i++) ls[i] = TransferPredictor.logSource(src, d.config(i));
        return ls;
    }

    @Test
    void thePowerLawCarriesTheGrowthBeyondTheTrainingRange() {
        LatencyPredictor src = Predictors.train("gbt", TwoDevices.data("src", 10, 1, false), TrainOptions.defaults(),
                ProgressMonitor.NONE);
        LayerDataset train = powerLaw(30, 16, 128, 2);
        LayerDataset test = powerLaw(40, 256, 512, 3);
        double[] ls = logSource(src, train);
        double plain = Evaluator.evaluate(TransferTrainer.fit(TransferPredictor.TARGET, train, ls, src, "s", 1, 0, List.of()),
                test).overall().mape();
        double scaled = Evaluator.evaluate(TransferTrainer.fit(TransferPredictor.TARGET_SCALED, train, ls, src, "s", 1, 0,
                List.of()), test).overall().mape();
        assertTrue(scaled < 10 && scaled < plain / 3, "scaled " + scaled + " vs plain trees " + plain);
    }

    @Test
    void aDamagedPowerLawInTheFileIsNamedWithItsField() throws Exception {
        LatencyPredictor src = Predictors.train("gbt", TwoDevices.data("src", 10, 1, false), TrainOptions.defaults(),
                ProgressMonitor.NONE);
        LayerDataset train = powerLaw(20, 16, 128, 4);
        TransferPredictor p = TransferTrainer.fit(TransferPredictor.TARGET_SCALED, train, logSource(src, train), src, "s", 1, 0,
                List.of());
        Path f = dir.resolve("t.json");
        PredictorStore.save(p, f);
        Files.writeString(f, Files.readString(f).replaceFirst("\"intercept\"\\s*:\\s*[-0-9.eE]+", "\"intercept\": null"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PredictorStore.load(f));
        assertTrue(e.getMessage().contains("scale/intercept"), e.getMessage());
    }
}
