package io.evolp.predict.transfer;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.predict.Evaluator;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.PredictorStore;
import io.evolp.predict.TrainOptions;
import io.evolp.predict.forest.RandomForest;
import io.evolp.predict.gbt.GbtModel;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code source+ratio-extra-trees}: the source times averaged random trees on the log ratio. Its
 * case is a target that picks another kernel by size, so its ratio to the source jumps (a GPU in
 * another precision), where a smooth law of the sizes cannot follow.
 */
class RatioTreesTest {

    private static LatencyPredictor src;

    @TempDir
    Path dir;

    @BeforeAll
    static void source() {
        src = TwoDevices.gbtSource();
    }

    /** Half the source's time where cout is a multiple of 64 (a faster kernel), 1.4× elsewhere; 1 % noise. */
    private static LayerDataset target(int n, long seed) {
        Random rnd = new Random(seed);
        LayerDataset.Builder b = LayerDataset.builder("tgt");
        for (int i = 0; i < n; i++) {
            int s = TwoDevices.SIZES[rnd.nextInt(TwoDevices.SIZES.length)], k = TwoDevices.KERNELS[rnd.nextInt(2)];
            int cout = 64 * (1 + rnd.nextInt(7)) + (rnd.nextBoolean() ? 0 : 8 + rnd.nextInt(40));
            LayerConfig c = LayerConfig.of(s, 16 + rnd.nextInt(496), cout, k, 1, k / 2, 1);
            double ratio = cout % 64 == 0 ? 0.5 : 1.4;
            b.add(c, ratio * src.predictLayer(c) * (1 + 0.01 * rnd.nextGaussian()));
        }
        return b.build();
    }

    private static double[] logSource(LayerDataset d) {
        return TwoDevices.logSource(src, d);
    }

    @Test
    void aJumpingRatioIsLearntWhereThePowerLawAverages() {
        LayerDataset train = target(100, 2), test = target(200, 3);
        TransferPredictor ratio = TransferTrainer.fit(TransferPredictor.RATIO_TREES, train, logSource(train), src, "s", 1, 0, List.of());
        TransferPredictor law = TransferTrainer.fit(TransferPredictor.SOURCE_LAW, train, logSource(train), src, "s", 1, 0, List.of());
        double r = Evaluator.evaluate(ratio, test).overall().acc10(), l = Evaluator.evaluate(law, test).overall().acc10();
        assertTrue(r > 80 && r > l + 30, "ratio trees " + r + " vs source+power-law " + l);
    }

    @Test
    void crossValidationChoosesTheRatioTreesForAJumpingRatio() {
        TransferPredictor p = TransferTrainer.train(target(100, 4), src, "s", TrainOptions.defaults(), ProgressMonitor.NONE);
        assertEquals(TransferPredictor.RATIO_TREES, p.method(), p.describe());
    }

    @Test
    void aForestAsASumPredictsTheForestsMean() {
        Random rnd = new Random(5);
        double[][] x = new double[3][50];
        double[] y = new double[50];
        for (int i = 0; i < 50; i++) {
            for (int f = 0; f < 3; f++) x[f][i] = rnd.nextDouble();
            y[i] = x[0][i] > 0.5 ? 2 : -1 + x[1][i];
        }
        RandomForest forest = RandomForest.trainExtra(x, y, 7, 1, 2, 9, t -> { });
        GbtModel sum = CandidateFit.averaged(forest);
        for (int i = 0; i < 20; i++) {
            double[] row = {rnd.nextDouble(), rnd.nextDouble(), rnd.nextDouble()};
            assertEquals(forest.predict(row), sum.predict(row), 1e-12);
        }
    }

    @Test
    void theRatioTreesSurviveTheFile() throws Exception {
        LayerDataset train = target(60, 6), test = target(30, 7);
        TransferPredictor p = TransferTrainer.fit(TransferPredictor.RATIO_TREES, train, logSource(train), src, "s", 1, 0, List.of());
        Path f = dir.resolve("ratio.json");
        PredictorStore.save(p, f);
        TransferPredictor back = (TransferPredictor) PredictorStore.load(f);
        assertEquals(TransferPredictor.RATIO_TREES, back.method());
        for (int i = 0; i < test.size(); i++) assertEquals(p.predictLayer(test.config(i)), back.predictLayer(test.config(i)), 0);
    }
}
