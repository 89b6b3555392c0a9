package io.evolp.evolve;

import io.evolp.core.ConfigKey;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.core.ModelSpec;
import io.evolp.core.SamplingPlan;
import io.evolp.core.zoo.Zoo;
import io.evolp.measure.Measurement;
import io.evolp.measure.sim.DeviceProfile;
import io.evolp.measure.sim.SimulatedDevice;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayerEvolutionTest {

    private static final ModelSpec VGG = Zoo.model("vgg16", null);

    private static LayerDataset data(SimulatedDevice dev, int samples) {
        return dev.measurePlan(SamplingPlan.plan(VGG, samples), 1);
    }

    @Test
    void layerSamplesRetrainOnlyTheirKeysOffTheCallersThreadAndKeepWholeModelPoints() throws Exception {
        SimulatedDevice dev = new SimulatedDevice(DeviceProfile.TX2, 3);
        LayerDataset start = data(dev, 400);
        LatencyPredictor base = Predictors.train("evolp", start, TrainOptions.defaults(), ProgressMonitor.NONE);
        LayerEvolution evo = new LayerEvolution(EvolvingPredictor.start(base, "linear"), start, TrainOptions.defaults());

        // New measurements of one key only, on a "hotter" device: 30% slower layers of that key.
        ConfigKey key = start.key(0);
        LayerDataset.Builder b = LayerDataset.builder(start.device());
        for (int c = 8; c <= 64; c += 8) {
            LayerConfig l = key.layer(c, c);
            b.add(l, 1.3 * dev.trueLayerMs(l));
        }
        LayerConfig otherKeyLayer = null;
        for (LayerConfig l : VGG.convs()) if (!l.key().equals(key)) otherKeyLayer = l;
        double otherBefore = base.predictLayer(otherKeyLayer);
        double keyBefore = base.predictLayer(key.layer(32, 32));

        // The retraining is held until a whole-model point has arrived, then runs on another thread.
        List<Runnable> held = new ArrayList<>();
        var future = evo.addLayerSamples(b.build(), held::add, ProgressMonitor.NONE);
        assertTrue(evo.current().base() == base, "old base answers until retraining is done");
        evo.addModelMeasurement(VGG, new Measurement(250, 5, 5, Instant.now(), "test", true, ""));
        assertEquals(1, held.size());
        Thread worker = new Thread(held.get(0));
        worker.start();
        {
            EvolvingPredictor evolved = future.get(60, TimeUnit.SECONDS);
            assertEquals(1, evolved.history().size(), "whole-model point made during retraining is kept");
            assertEquals(start.size() + 8, evo.dataset().size());
            assertEquals(otherBefore, evolved.base().predictLayer(otherKeyLayer), 0.0, "other keys untouched");
            assertNotEquals(keyBefore, evolved.base().predictLayer(key.layer(32, 32)), "retrained key changed");
            assertTrue(evo.current() == evolved);
        }
    }

    @Test
    void evolvingPredictorSavesAndReloadsWithIdenticalPredictions(@TempDir Path dir) throws Exception {
        SimulatedDevice dev = new SimulatedDevice(DeviceProfile.NANO, 4);
        LatencyPredictor base = Predictors.train("lut", data(dev, 300), TrainOptions.defaults(), ProgressMonitor.NONE);
        EvolvingPredictor p = EvolvingPredictor.start(base, "robust");
        for (double w : new double[]{0.3, 0.5, 0.7, 0.9}) {
            ModelSpec m = Zoo.model("vgg16", scaled(w));
            p = p.withMeasurement(m, new Measurement(dev.measureModelMs(m), 1, 5, Instant.now(), "simulated:nano", true, ""));
        }
        Path f = dir.resolve("evolved.json");
        EvolvingPredictorJson.save(p, f);
        EvolvingPredictor q = EvolvingPredictorJson.load(f, "linear");
        assertEquals("robust", q.corrections().kind());
        assertEquals(4, q.history().size());
        for (double w : new double[]{0.2, 0.45, 1.0}) {
            ModelSpec m = Zoo.model("vgg16", scaled(w));
            CorrectedPrediction a = p.predict(m), c = q.predict(m);
            assertEquals(a.correctedMs(), c.correctedMs(), 0.0);
            assertEquals(a.band(), c.band());
            assertNotEquals(a.rawMs(), a.correctedMs(), "the correction is in effect");
        }
    }

    private static int[] scaled(double w) {
        int[] full = Zoo.get("vgg16").fullWidths();
        int[] out = new int[full.length];
        for (int i = 0; i < out.length; i++) out[i] = Math.max(1, (int) Math.round(full[i] * w));
        return out;
    }

}
