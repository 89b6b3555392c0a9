package io.evolp.ui.compression;

import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.core.SamplingPlan;
import io.evolp.core.zoo.Zoo;
import io.evolp.measure.sim.DeviceProfile;
import io.evolp.measure.sim.SimulatedDevice;
import io.evolp.predict.LatencyPredictor;
import io.evolp.predict.Predictors;
import io.evolp.predict.TrainOptions;
import io.evolp.ui.workspace.PredictorEntry;

import java.util.List;

/** A small real evolp predictor for the tests: ~600 plan rows of VGG16 on the simulated TX2. */
final class TestPredictors {

    private static PredictorEntry vgg16Tx2;

    private TestPredictors() {
    }

    static synchronized PredictorEntry vgg16Tx2() {
        if (vgg16Tx2 == null) {
            List<LayerConfig> plan = SamplingPlan.plan(Zoo.model("vgg16", null), 600);
            LayerDataset data = new SimulatedDevice(DeviceProfile.TX2, 7).measurePlan(plan, 5);
            LatencyPredictor p = Predictors.train("evolp", data, TrainOptions.defaults(), null);
            vgg16Tx2 = new PredictorEntry("evolp vgg16 tx2", p, "vgg16-simulated-tx2 (test)", 0, 42, null);
        }
        return vgg16Tx2;
    }
}
