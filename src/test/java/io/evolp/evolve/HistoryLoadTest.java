package io.evolp.evolve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.core.LayerDataset;
import io.evolp.core.ModelSpec;
import io.evolp.core.SamplingPlan;
import io.evolp.core.zoo.Zoo;
import io.evolp.measure.sim.DeviceProfile;
import io.evolp.measure.sim.SimulatedDevice;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 11 item 4: loading an evolved predictor must cost work linear in its history, not a refit per entry. */
class HistoryLoadTest {

    private static LatencyPredictor base;

    @BeforeAll
    static void trainSmallBase() {
        ModelSpec vgg = Zoo.model("vgg16", null);
        LayerDataset data = new SimulatedDevice(DeviceProfile.TX2, 3).measurePlan(SamplingPlan.plan(vgg, 200), 1);
        base = Predictors.train("flops", data, TrainOptions.defaults(), ProgressMonitor.NONE);
    }

    private static ObjectNode file(String kind, int entries) {
        EvolvingPredictor p = EvolvingPredictor.start(base, kind);
        ObjectNode o = EvolvingTrees.toJson(p);
        ArrayNode h = o.putArray("history");
        SplittableRandom r = new SplittableRandom(entries);
        String[] fams = {"vgg16", "resnet50", "mobilenetv1"};
        for (int i = 0; i < entries; i++) {
            double raw = 10 + 90 * r.nextDouble();
            MeasuredPair m = new MeasuredPair(fams[i % 3], "m" + i, raw, raw * 1.2 * (1 + 0.05 * r.nextGaussian()), 1,
                    "test", true, Instant.EPOCH, 0.5);
            ObjectNode e = h.addObject();
            e.put("family", m.family()).put("model", m.model()).put("raw_ms", m.rawMs()).put("measured_ms", m.measuredMs())
                    .put("spread_ms", m.spreadMs()).put("noise_sd_ms", m.noiseSdMs()).put("source", m.source())
                    .put("simulated", true).put("timestamp", m.timestamp().toString());
        }
        return o;
    }

    private static long workToLoad(ObjectNode json) {
        long before = FitCount.total();
        EvolvingTrees.fromJson(json, "test.json");
        return FitCount.total() - before;
    }

    @Test
    void loadingWorkGrowsLinearlyWithTheHistory() {
        for (String kind : Corrections.KINDS) {
            long small = workToLoad(file(kind, 1000));
            long large = workToLoad(file(kind, 4000));
            // 4× the entries: linear loading does ~4× the work; a refit per entry would do ~16×.
            assertTrue(large <= 5 * small, kind + ": " + small + " → " + large + " points fitted");
        }
    }

    @Test
    void twentyThousandEntriesLoadAndPredictLikeTheOneByOneFit() {
        ObjectNode json = file("shrink", 20_000);
        long t0 = System.nanoTime();
        EvolvingPredictor p = EvolvingTrees.fromJson(json, "test.json");
        double ms = p.predictMs(Zoo.model("vgg16", null));
        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(20_000, p.history().size());
        assertTrue(ms > 0);
        assertTrue(elapsedMs < 10_000, "loaded in " + elapsedMs + " ms"); // generous: the machine is shared
        // the bulk fit is the same fit as adding the pairs one by one (checked on a shorter history)
        ObjectNode shortJson = file("shrink", 300);
        EvolvingPredictor bulk = EvolvingTrees.fromJson(shortJson, "t.json");
        EvolvingPredictor oneByOne = EvolvingPredictor.start(base, "shrink");
        for (MeasuredPair m : bulk.history()) oneByOne = oneByOne.withPair(m);
        for (String fam : new String[]{"vgg16", "resnet50", "mobilenetv1", "unseen"}) {
            assertEquals(oneByOne.corrections().apply(fam, 42), bulk.corrections().apply(fam, 42), 1e-9, fam);
        }
    }
}
