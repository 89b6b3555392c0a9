package io.evolp.predict.transfer;

import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.PredictorStore;
import io.evolp.predict.TrainOptions;
import io.evolp.predict.features.LogLinear;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The source-informed power law: log target = w · log source + law(sizes) + family offsets. */
class SourceLawTest {

    private static LatencyPredictor src;

    @TempDir
    Path dir;

    @BeforeAll
    static void source() {
        src = TwoDevices.gbtSource();
    }

    /** A target that is exactly source^0.8 · outputElements^0.15 · cin^-0.05 · 2.5, times 1 % noise. */
    private static LayerDataset target(int n, long seed) {
        Random rnd = new Random(seed);
        LayerDataset.Builder b = LayerDataset.builder("tgt");
        for (int i = 0; i < n; i++) {
            int s = TwoDevices.SIZES[rnd.nextInt(TwoDevices.SIZES.length)], k = TwoDevices.KERNELS[rnd.nextInt(2)];
            LayerConfig c = LayerConfig.of(s, 16 + rnd.nextInt(496), 16 + rnd.nextInt(496), k, 1, k / 2, 1);
            double out = (double) c.outputHeight() * c.outputWidth() * c.cout();
            double t = 2.5 * Math.pow(src.predictLayer(c), 0.8) * Math.pow(out, 0.15) * Math.pow(c.cin(), -0.05);
            b.add(c, t * (1 + 0.01 * rnd.nextGaussian()));
        }
        return b.build();
    }

    private static double[] logSource(LayerDataset d) {
        return TwoDevices.logSource(src, d);
    }

    private static double worstError(LatencyPredictor p, LayerDataset test) {
        double worst = 0;
        for (int i = 0; i < test.size(); i++) worst = Math.max(worst, Math.abs(p.predictLayer(test.config(i)) / test.latency(i) - 1));
        return worst;
    }

    @Test
    void thirtyRowsRecoverAKnownSourceInformedLaw() {
        LayerDataset train = target(30, 2), test = target(60, 3);
        TransferPredictor law = TransferTrainer.fit(TransferPredictor.SOURCE_LAW, train, logSource(train), src, "s", 1, 0, List.of());
        TransferPredictor scale = TransferTrainer.fit(TransferPredictor.SCALE, train, logSource(train), src, "s", 1, 0, List.of());
        assertEquals(0.8, law.scale().b(), 0.05, "weight of the log source");
        double[] coef = law.law().coefficients();
        assertEquals(0.15, coef[LogLinear.NAMES.indexOf("log_output_elements")] + coef[LogLinear.NAMES.indexOf("log_output_pixels")]
                + coef[LogLinear.NAMES.indexOf("log_cout")], 0.05, "exponent of the output size, however the collinear sizes share it");
        double lawErr = worstError(law, test), scaleErr = worstError(scale, test);
        assertTrue(lawErr < 0.05 && lawErr < scaleErr / 3, "source+power-law worst error " + lawErr + " vs global scale " + scaleErr);
    }

    @Test
    void crossValidationKeepsTheLawOnThirtyRowsWhereItIsTheTruth() {
        TransferPredictor p = TransferTrainer.train(target(30, 4), src, "s", TrainOptions.defaults(), ProgressMonitor.NONE);
        assertTrue(TransferPredictor.sourceLaw(p.method()) || p.method().equals(TransferPredictor.LOGLINEAR), p.describe());
    }

    @Test
    void bothLawCandidatesSurviveTheFile() throws Exception {
        LayerDataset train = target(30, 5), test = target(20, 6);
        for (String m : List.of(TransferPredictor.SOURCE_LAW, TransferPredictor.SOURCE_LAW_GBT)) {
            TransferPredictor p = TransferTrainer.fit(m, train, logSource(train), src, "s", 1, 0, List.of());
            Path f = dir.resolve(m.replace('+', '_') + ".json");
            PredictorStore.save(p, f);
            String json = Files.readString(f);
            assertTrue(json.contains("\"scale\"") && json.contains("log_output_elements"), json);
            TransferPredictor back = (TransferPredictor) PredictorStore.load(f);
            assertEquals(m, back.method());
            for (int i = 0; i < test.size(); i++) {
                assertEquals(p.predictLayer(test.config(i)), back.predictLayer(test.config(i)), 0, m);
            }
        }
    }

    @Test
    void aDamagedOrMissingLawIsNamedWithItsField() throws Exception {
        LayerDataset train = target(30, 7);
        TransferPredictor p = TransferTrainer.fit(TransferPredictor.SOURCE_LAW, train, logSource(train), src, "s", 1, 0, List.of());
        Path f = dir.resolve("t.json");
        PredictorStore.save(p, f);
        String good = Files.readString(f);
        Files.writeString(f, good.replaceFirst("\"coefficients\"\\s*:\\s*\\[\\s*[-0-9.eE]+", "\"coefficients\" : [\"x\""));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PredictorStore.load(f));
        assertTrue(e.getMessage().contains("coefficients"), e.getMessage());
        Files.writeString(f, good.replaceFirst("\"intercept\"\\s*:\\s*[-0-9.eE]+", "\"intercept\": null"));
        e = assertThrows(InvalidInputException.class, () -> PredictorStore.load(f));
        assertTrue(e.getMessage().contains("scale/intercept"), e.getMessage());
        Files.writeString(f, good.replaceFirst("\"scale\"\\s*:\\s*\\{[^}]*}", "\"scale\": null"));
        e = assertThrows(InvalidInputException.class, () -> PredictorStore.load(f));
        assertTrue(e.getMessage().contains("missing field 'scale'"), e.getMessage());
    }
}
