package io.evolp.predict.curve;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LearningCurveTest {

    private static LayerDataset data(String device, double factor, long seed) {
        Random rnd = new Random(seed);
        LayerDataset.Builder b = LayerDataset.builder(device);
        for (int s : new int[]{28, 14, 7}) {
            for (int i = 0; i < 40; i++) {
                LayerConfig c = LayerConfig.of(s, 16 + rnd.nextInt(300), 16 + rnd.nextInt(300), 3, 1, 1, 1);
                b.add(c, factor * (3e-9 * c.macs() + 0.01) * (1 + 0.02 * rnd.nextGaussian()));
            }
        }
        return b.build();
    }

    @Test
    void moreRowsHelpAndTheSameRowsGoToEveryKind() {
        LayerDataset d = data("t", 2, 1);
        LatencyPredictor src = Predictors.train("gbt", data("s", 1, 2), TrainOptions.defaults(), ProgressMonitor.NONE);
        List<LearningCurve.Point> pts = LearningCurve.run(new LearningCurve.Request(d, List.of("gbt", "transfer"),
                List.of(10, LearningCurve.ALL), 3, 0.3, 1, src, "s", false), ProgressMonitor.NONE);
        assertEquals(4, pts.size());
        LearningCurve.Point gbt10 = pts.get(0), gbtAll = pts.get(1), tr10 = pts.get(2);
        assertEquals(10, gbt10.rows());
        assertTrue(gbtAll.rows() > 70, "all training rows, was " + gbtAll.rows());
        assertEquals(3, gbt10.runs().size());
        assertTrue(gbtAll.medianMape() < gbt10.medianMape(), gbtAll.medianMape() + " vs " + gbt10.medianMape());
        // a pure factor of 2 between devices: ten rows suffice for the transfer
        assertTrue(tr10.medianMape() < gbt10.medianMape(), tr10.medianMape() + " vs " + gbt10.medianMape());
        assertTrue(gbt10.minAcc10() <= gbt10.medianAcc10() && gbt10.medianAcc10() <= gbt10.maxAcc10());
    }

    @Test
    void transferAndActiveNeedASource() {
        LayerDataset d = data("t", 2, 1);
        assertThrows(IllegalArgumentException.class, () -> new LearningCurve.Request(d, List.of("transfer"), List.of(10), 1,
                0.3, 1, null, null, false));
        assertThrows(IllegalArgumentException.class, () -> new LearningCurve.Request(d, List.of("nope"), List.of(10), 1,
                0.3, 1, null, null, false));
        assertEquals(2.5, LearningCurve.median(new double[]{4, 1, 2, 3}));
    }
}
