package io.evolp.predict.transfer;

import io.evolp.core.LayerConfig;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScaleModelTest {

    /** {sum, count, sum of squares} of {@code rows} values around {@code mean} with spread {@code sd}. */
    private static double[] family(Random rnd, double mean, double sd, int rows) {
        double[] s = new double[3];
        for (int i = 0; i < rows; i++) {
            double v = mean + sd * rnd.nextGaussian();
            s[0] += v;
            s[1]++;
            s[2] += v * v;
        }
        return s;
    }

    @Test
    void familiesFarApartAreHardlyShrunk() {
        Random rnd = new Random(1);
        List<double[]> fams = List.of(family(rnd, 1.2, 0.05, 5), family(rnd, -1.0, 0.05, 5), family(rnd, 0.3, 0.05, 5));
        assertEquals(ScaleModel.MIN_SHRINK, ScaleModel.strength(fams), 1e-12);
    }

    @Test
    void familiesThatDifferOnlyByNoiseAreShrunkHard() {
        Random rnd = new Random(2);
        List<double[]> fams = new ArrayList<>();
        for (int f = 0; f < 6; f++) fams.add(family(rnd, 0, 0.2, 4));
        assertTrue(ScaleModel.strength(fams) >= 6, "strength " + ScaleModel.strength(fams));
    }

    @Test
    void withoutFamiliesOfTwoRowsTheFixedStrengthIsUsed() {
        Random rnd = new Random(3);
        List<double[]> fams = List.of(family(rnd, 1, 0, 1), family(rnd, 0, 0, 1));
        assertEquals(ScaleModel.SHRINK, ScaleModel.strength(fams), 0);
    }

    @Test
    void oneRowOfAFarFamilyMovesItMostOfTheWayWhenFamiliesAreKnownToDiffer() {
        // two well-measured families a factor e^2 apart, and a third with one row
        List<LayerConfig> layers = new ArrayList<>();
        List<Double> src = new ArrayList<>(), tgt = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            add(layers, src, tgt, LayerConfig.of(14, 32 + 4 * i, 64, 3, 1, 1, 1), 1.0 + 0.01 * (i % 2));
            add(layers, src, tgt, LayerConfig.of(14, 32 + 4 * i, 64, 1, 1, 0, 1), -1.0 - 0.01 * (i % 2));
        }
        LayerConfig lone = LayerConfig.of(7, 64, 64, 3, 2, 1, 1);
        add(layers, src, tgt, lone, 2.0);
        ScaleModel m = ScaleModel.fit(layers, src.stream().mapToDouble(d -> d).toArray(),
                tgt.stream().mapToDouble(d -> d).toArray(), false, true);
        double lonePrediction = m.predictLog(lone, 0);
        // a fixed strength of 3 would move it a quarter of the way (≈ 0.5 above the global level)
        assertTrue(lonePrediction > 1.2, "prediction " + lonePrediction);
    }

    private static void add(List<LayerConfig> layers, List<Double> src, List<Double> tgt, LayerConfig c, double logRatio) {
        layers.add(c);
        src.add(0.0);
        tgt.add(logRatio);
    }
}
