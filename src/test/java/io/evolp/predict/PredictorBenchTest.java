package io.evolp.predict;

import io.evolp.core.ModelSpec;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Functional checks only: the numbers themselves are measured by {@code evolp bench}, not asserted. */
class PredictorBenchTest {

    @Test
    void benchmarksReturnPositiveFigures() {
        var data = SyntheticData.vggLike(0.03, 8);
        assertTrue(PredictorBench.trainMillis(data, 1) > 0);
        LatencyPredictor p = Predictors.train("evolp", data, TrainOptions.defaults(), ProgressMonitor.NONE);
        double rate = PredictorBench.predictionsPerSecond(p, ModelSpec.explicit("vgg16", SyntheticData.vgg16()), 0.05);
        assertTrue(rate > 0 && Double.isFinite(rate), "rate " + rate);
    }
}
