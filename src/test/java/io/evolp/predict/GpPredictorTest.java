package io.evolp.predict;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class GpPredictorTest {

    /**
     * Thirty-odd random rows of a smooth latency surface (a roofline with a per-layer overhead, 3 %
     * noise) over four keys: the process predicts layers between them to within a few per cent —
     * what boosted trees on the same rows cannot, since they step between measured sizes.
     */
    @Test
    void fewRowsOfASmoothSurfacePredictWellBetweenThem() {
        SplittableRandom r = new SplittableRandom(5);
        LayerDataset train = smooth(40, 0.03, r);
        List<LayerConfig> probes = new ArrayList<>();
        for (int i = 0; i < 200; i++) probes.add(layer(r));
        GpPredictor gp = GpPredictor.train(train, TrainOptions.defaults(), ProgressMonitor.NONE);
        LatencyPredictor gbt = Predictors.train(GbtPredictor.KIND, train, TrainOptions.defaults(), ProgressMonitor.NONE);
        double gpMape = mape(gp, probes), gbtMape = mape(gbt, probes);
        assertTrue(gpMape < 6, "gp MAPE " + gpMape);
        assertTrue(gpMape < 0.5 * gbtMape, "gp " + gpMape + " vs gbt " + gbtMape);
    }

    @Test
    void moreRowsThanItHoldsAreDrawnDownToTheCap() {
        LayerDataset big = smooth(GpPredictor.MAX_ROWS + 50, 0.03, new SplittableRandom(1));
        GpPredictor gp = GpPredictor.train(big, TrainOptions.defaults(), ProgressMonitor.NONE);
        assertEquals(GpPredictor.MAX_ROWS, gp.rowsUsed());
    }

    @Test
    void autoCrossValidatesTheProcessOnlyOnSmallSets() {
        AutoPredictor small = AutoPredictor.train(smooth(60, 0.03, new SplittableRandom(2)), TrainOptions.defaults(),
                ProgressMonitor.NONE);
        assertTrue(small.crossValidation().stream().anyMatch(c -> c.candidate().equals(Candidates.GP)), small.describe());
        assertTrue(AutoPredictor.candidatesFor(AutoPredictor.GP_ROWS).contains(Candidates.GP));
        assertFalse(AutoPredictor.candidatesFor(AutoPredictor.GP_ROWS + 1).contains(Candidates.GP));
    }

    /** Cancel arrives during the fit (after a few likelihood evaluations), not only before it. */
    @Test
    void cancellingStopsTheFit() {
        LayerDataset d = smooth(200, 0.03, new SplittableRandom(6));
        int[] checks = {0};
        ProgressMonitor cancelLater = new ProgressMonitor() {
            @Override public void progress(long done, long total, String message) { }
            @Override public boolean isCancelled() { return ++checks[0] > 5; }
        };
        assertThrows(io.evolp.task.CancelledException.class, () -> GpPredictor.train(d, TrainOptions.defaults(), cancelLater));
        assertTrue(checks[0] > 5, "checked " + checks[0] + " times");
    }

    @Test
    void corruptNumbersAreRefusedAtTheirField() {
        LatencyPredictor p = GpPredictor.train(smooth(30, 0.03, new SplittableRandom(4)), TrainOptions.defaults(),
                ProgressMonitor.NONE);
        ObjectNode node = PredictorTrees.toJson(p);
        ((ArrayNode) node.get("gp").get("length_scales")).set(2, -1.0);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PredictorTrees.fromJson(node, "p.json"));
        assertEquals("/gp/length_scales/2", e.problems().get(0).columnName());

        ObjectNode short_ = PredictorTrees.toJson(p);
        ((ArrayNode) short_.get("gp").get("alpha")).remove(0);
        e = assertThrows(InvalidInputException.class, () -> PredictorTrees.fromJson(short_, "p.json"));
        assertEquals("/gp/alpha", e.problems().get(0).columnName());
        assertTrue(e.problems().get(0).message().contains("30 numbers"), e.problems().get(0).message());

        ObjectNode missing = PredictorTrees.toJson(p);
        missing.remove("gp");
        e = assertThrows(InvalidInputException.class, () -> PredictorTrees.fromJson(missing, "p.json"));
        assertTrue(e.problems().get(0).message().contains("'gp'"), e.problems().get(0).message());
    }

    private static LayerDataset smooth(int n, double noise, SplittableRandom r) {
        LayerDataset.Builder b = LayerDataset.builder("synthetic");
        for (int i = 0; i < n; i++) {
            LayerConfig c = layer(r);
            b.add(c, truth(c) * Math.exp(noise * r.nextGaussian()));
        }
        return b.build();
    }

    private static LayerConfig layer(SplittableRandom r) {
        int[] sizes = {7, 14, 28, 56};
        int[] kernels = {1, 3};
        int k = kernels[r.nextInt(2)];
        return LayerConfig.of(sizes[r.nextInt(4)], 16 + r.nextInt(240), 16 + r.nextInt(240), k, 1, k / 2, 1);
    }

    /** Compute-bound at large sizes, memory- and overhead-bound at small ones. */
    private static double truth(LayerConfig c) {
        double inEl = (double) c.inputSize() * c.inputSize() * c.cin();
        return 2e-9 * c.macs() + 4e-7 * inEl + 0.01;
    }

    private static double mape(LatencyPredictor p, List<LayerConfig> probes) {
        double s = 0;
        for (LayerConfig c : probes) s += Math.abs(p.predictLayer(c) / truth(c) - 1);
        return 100 * s / probes.size();
    }
}
