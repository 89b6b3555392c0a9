package io.evolp.predict.features;

import io.evolp.core.LayerConfig;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class LogLinearTest {

    private static List<LayerConfig> layers(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        int[] sizes = {7, 14, 28, 56, 112};
        List<LayerConfig> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int c = 8 + r.nextInt(500), s = sizes[r.nextInt(sizes.length)];
            out.add(i % 3 == 0 ? LayerConfig.of(s, c, c, 3, 1 + r.nextInt(2), 1, c)
                    : LayerConfig.of(s, c, 8 + r.nextInt(500), 1 + 2 * r.nextInt(2), 1, 0, 1));
        }
        return out;
    }

    @Test
    void recoversAPowerLawOfTheSizes() {
        List<LayerConfig> ls = layers(1, 300);
        double[] y = new double[ls.size()];
        // t = e^-3 · MACs^0.8 · output_elements^0.15: an exact power law in two of the sizes.
        for (int i = 0; i < y.length; i++) y[i] = -3 + 0.8 * LogLinear.logSizes(ls.get(i))[0] + 0.15 * LogLinear.logSizes(ls.get(i))[2];
        LogLinear law = LogLinear.fit(ls, y);
        for (LayerConfig c : layers(2, 100)) {
            double want = -3 + 0.8 * LogLinear.logSizes(c)[0] + 0.15 * LogLinear.logSizes(c)[2];
            assertEquals(want, law.predictLog(c), 1e-3, c.toString());
        }
    }

    @Test
    void anExtraRegressorGetsItsOwnUnpenalisedWeight() {
        List<LayerConfig> ls = layers(3, 30);
        java.util.Random r = new java.util.Random(4);
        double[] extra = new double[ls.size()], y = new double[ls.size()];
        // t = e^1 · source^0.7 · input_elements^0.2, the "source" varying apart from the sizes
        for (int i = 0; i < y.length; i++) {
            extra[i] = 0.9 * LogLinear.logSizes(ls.get(i))[0] + r.nextGaussian();
            y[i] = 1 + 0.7 * extra[i] + 0.2 * LogLinear.logSizes(ls.get(i))[1];
        }
        LogLinear.WithExtra fit = LogLinear.fitWith(ls, extra, y, 1e-3);
        assertEquals(0.7, fit.weight(), 0.01);
        for (int i = 0; i < y.length; i++) assertEquals(y[i], fit.law().predictLog(ls.get(i)) + fit.weight() * extra[i], 0.02);
        assertEquals(0, LogLinear.fitWith(ls, null, y, 1e-3).weight());
        assertThrows(IllegalArgumentException.class, () -> LogLinear.fitWith(ls, new double[3], y, 1e-3));
    }

    @Test
    void collinearAndConstantSizesStaySolvable() {
        // One key only: pixels are constant, and for 1x1 dense layers MACs = pixels · params exactly.
        List<LayerConfig> ls = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int cin = 16; cin <= 256; cin += 16) {
            for (int cout = 16; cout <= 256; cout += 48) {
                LayerConfig c = LayerConfig.of(14, cin, cout, 1, 1, 0, 1);
                ls.add(c);
                ys.add(Math.log(1e-6 * c.macs() + 0.01));
            }
        }
        double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
        LogLinear law = LogLinear.fit(ls, y);
        double mean = 0;
        for (int i = 0; i < y.length; i++) mean += Math.abs(law.predictLog(ls.get(i)) - y[i]) / y.length;
        assertTrue(mean < 0.2, "mean log error " + mean);
        for (double c : law.coefficients()) assertTrue(Double.isFinite(c));
    }

    @Test
    void refusesWrongShapes() {
        assertThrows(IllegalArgumentException.class, () -> new LogLinear(0, new double[3]));
        assertThrows(IllegalArgumentException.class, () -> new LogLinear(Double.NaN, new double[LogLinear.NAMES.size()]));
        assertThrows(IllegalArgumentException.class, () -> LogLinear.fit(List.of(), new double[0]));
        double[] c = new double[LogLinear.NAMES.size()];
        LogLinear law = new LogLinear(1, c);
        c[0] = 5; // the record keeps its own copy
        assertEquals(1, law.predictLog(LayerConfig.of(14, 8, 8, 1, 1, 0, 1)), 0);
        assertEquals(law, new LogLinear(1, new double[LogLinear.NAMES.size()]));
    }
}
