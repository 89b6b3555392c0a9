package io.evolp.predict;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerConfig;
import io.evolp.io.Json;
import io.evolp.predict.features.LayerFeatures;
import io.evolp.predict.forest.RegressionTree;
import io.evolp.predict.gbt.GbtModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Tree files written with feature version 1 (the first 30 features) still load after features were appended. */
class FeatureVersionTest {

    @TempDir
    Path dir;

    private static final LayerConfig NARROW = LayerConfig.of(28, 64, 64, 3, 1, 1, 1), WIDE = LayerConfig.of(28, 200, 64, 3, 1, 1, 1);

    /** One tree: log latency 0.5 for cin ≤ 100, else 1.5 — over a feature of index {@code feature}. */
    private static GbtPredictor stump(int feature) {
        RegressionTree t = new RegressionTree(new int[]{feature, -1, -1}, new double[]{100, 0.5, 1.5}, new int[]{2, 0, 0});
        return new GbtPredictor("dev", new GbtModel(0.0, List.of(t)), Set.of());
    }

    /** Writes {@code p} as a file whose feature list has the first {@code count} names and the given version. */
    private Path asVersion(GbtPredictor p, int count, int version) throws Exception {
        ObjectNode json = Json.mapper().valueToTree(PredictorMapper.toFile(p));
        ArrayNode names = json.putArray("features");
        LayerFeatures.NAMES.subList(0, count).forEach(names::add);
        json.put("feature_version", version);
        Path file = dir.resolve("v" + version + "-" + count + ".json");
        Files.writeString(file, json.toPrettyString());
        return file;
    }

    @Test
    void versionOneGbtFileLoadsAndPredictsAsWritten() throws Exception {
        GbtPredictor p = stump(LayerFeatures.NAMES.indexOf("cin"));
        LatencyPredictor back = PredictorStore.load(asVersion(p, LayerFeatures.VERSION1_COUNT, 1));
        assertEquals(Math.exp(0.5), back.predictLayer(NARROW), 1e-12);
        assertEquals(Math.exp(1.5), back.predictLayer(WIDE), 1e-12);
        assertEquals(p.predictLayer(WIDE), back.predictLayer(WIDE), 0);
    }

    @Test
    void currentFilesListEveryFeature() throws Exception {
        ObjectNode json = Json.mapper().valueToTree(PredictorMapper.toFile(stump(1)));
        assertEquals(LayerFeatures.COUNT, json.get("features").size());
        assertEquals(LayerFeatures.VERSION, json.get("feature_version").intValue());
        assertTrue(LayerFeatures.COUNT > LayerFeatures.VERSION1_COUNT);
    }

    @Test
    void versionOneFileCannotIndexALaterFeature() throws Exception {
        Path file = asVersion(stump(LayerFeatures.NAMES.indexOf("input_elements")), LayerFeatures.VERSION1_COUNT, 1);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PredictorStore.load(file));
        assertTrue(e.problems().get(0).describe().contains("feature index out of range"), e.problems().get(0).describe());
    }

    @Test
    void aFeatureListOfNoVersionIsRefusedAtItsField() throws Exception {
        Path file = asVersion(stump(1), LayerFeatures.VERSION1_COUNT + 1, 2);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PredictorStore.load(file));
        assertEquals("/features", e.problems().get(0).columnName());
    }
}
