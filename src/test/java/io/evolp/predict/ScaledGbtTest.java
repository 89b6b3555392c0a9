package io.evolp.predict;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.core.ModelSpec;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** gbt/scaled: boosted trees on what a power law of the layer sizes leaves. */
class ScaledGbtTest {

    @TempDir
    Path dir;

    private static double mape(LatencyPredictor p, List<LayerConfig> layers) {
        double e = 0;
        for (LayerConfig c : layers) e += Math.abs(p.predictLayer(c) / SyntheticData.latency(c) - 1);
        return e / layers.size();
    }

    /** Between the channel counts of the grid, trees alone step; the law under them interpolates. */
    @Test
    void interpolatesSmoothLatencyBetterThanTreesAlone() {
        LayerDataset d = SyntheticData.vggLike(0.02, 11);
        GbtPredictor plain = GbtPredictor.train(d, TrainOptions.defaults(), ProgressMonitor.NONE);
        GbtPredictor scaled = GbtPredictor.trainScaled(d, TrainOptions.defaults(), ProgressMonitor.NONE);
        assertNotNull(scaled.scale());
        assertNull(plain.scale());
        double p = mape(plain, SyntheticData.heldOut()), s = mape(scaled, SyntheticData.heldOut());
        assertTrue(s < 0.7 * p, "scaled MAPE " + s + " vs plain " + p);
        assertTrue(s < 0.05, "scaled MAPE " + s);
    }

    @Test
    void modelPredictionsAddUpTheLayers() {
        GbtPredictor scaled = GbtPredictor.trainScaled(SyntheticData.vggLike(0.02, 12), TrainOptions.defaults(), ProgressMonitor.NONE);
        ModelSpec vgg = ModelSpec.explicit("vgg16", SyntheticData.vgg16());
        ModelPrediction m = scaled.predictModel(vgg);
        double sum = 0;
        for (int i = 0; i < vgg.convs().size(); i++) {
            double one = scaled.predictLayer(vgg.convs().get(i));
            assertEquals(one, m.layersMs()[i], 1e-12 * one);
            sum += one;
        }
        assertEquals(sum, m.latencyMs(), 1e-9 * sum);
    }

    @Test
    void roundTripsThroughItsFileAndRefusesAForeignLaw() throws Exception {
        GbtPredictor scaled = GbtPredictor.trainScaled(GbtPredictorTest.aligned(13, 300), TrainOptions.defaults(), ProgressMonitor.NONE);
        Path file = dir.resolve("s.json");
        PredictorStore.save(scaled, file);
        LatencyPredictor back = PredictorStore.load(file);
        LayerDataset probes = GbtPredictorTest.aligned(14, 50);
        for (int i = 0; i < probes.size(); i++) {
            assertEquals(scaled.predictLayer(probes.config(i)), back.predictLayer(probes.config(i)), 0);
        }

        ObjectNode json = PredictorTrees.toJson(scaled);
        assertEquals(7, json.get("scale").get("coefficients").size());
        ((ArrayNode) json.get("scale").get("features")).set(0, json.textNode("log_flops"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PredictorTrees.fromJson(json, "s.json"));
        assertEquals("/scale/features", e.problems().get(0).columnName());
        ObjectNode shortLaw = PredictorTrees.toJson(scaled);
        ((ArrayNode) shortLaw.get("scale").get("coefficients")).remove(0);
        e = assertThrows(InvalidInputException.class, () -> PredictorTrees.fromJson(shortLaw, "s.json"));
        assertEquals("/scale/coefficients", e.problems().get(0).columnName());
    }
}
