package io.evolp.predict;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.evolp.core.InputProblem;
import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerConfig;
import io.evolp.core.LayerDataset;
import io.evolp.io.Json;
import io.evolp.task.ProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class PredictorStoreTest {

    private static final Map<String, LatencyPredictor> TRAINED = new HashMap<>();
    private static final List<LayerConfig> PROBES = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void trainAll() {
        LayerDataset d = SyntheticData.vggLike(0.03, 4)
                .concat(LayerDataset.builder("synthetic").add(LayerConfig.of(7, 32, 32, 1, 1, 0, 1), 0.4).build())
                .concat(LayerDataset.builder("synthetic").add(LayerConfig.of(56, 32, 32, 3, 1, 1, 32), 0.2)
                        .add(LayerConfig.of(56, 64, 64, 3, 1, 1, 64), 0.3).build());
        for (String kind : Predictors.kinds()) {
            TRAINED.put(kind, Predictors.train(kind, d, TrainOptions.defaults(), ProgressMonitor.NONE));
        }
        PROBES.addAll(SyntheticData.heldOut());
        PROBES.addAll(SyntheticData.vgg16());
        PROBES.add(LayerConfig.of(7, 48, 16, 1, 1, 0, 1));
        PROBES.add(LayerConfig.of(56, 48, 48, 3, 1, 1, 48));
        PROBES.add(LayerConfig.of(299, 3, 32, 3, 2, 0, 1));   // unseen key
        PROBES.add(LayerConfig.of(35, 24, 24, 3, 1, 1, 24));  // unseen depthwise key
    }

    @Test
    void everyKindRoundTripsBitIdentically() throws Exception {
        for (String kind : Predictors.kinds()) {
            LatencyPredictor p = TRAINED.get(kind);
            Path file = dir.resolve(kind + ".json");
            PredictorStore.save(p, file);
            LatencyPredictor q = PredictorStore.load(file);
            assertEquals(kind, q.kind());
            assertEquals("synthetic", q.device());
            for (LayerConfig c : PROBES) {
                assertEquals(p.predictLayer(c), q.predictLayer(c), 0, kind + " " + c);
                assertEquals(p.covers(c.key()), q.covers(c.key()), kind + " " + c);
            }
            // Embedding: the tree form round-trips too, and writing again gives the same file.
            assertEquals(PredictorTrees.toJson(p), PredictorTrees.toJson(PredictorTrees.fromJson(PredictorTrees.toJson(p), null)));
            assertEquals(Files.readString(file), Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(PredictorTrees.toJson(q)));
        }
    }

    @Test
    void fileStartsWithFormatKindAndDevice() throws Exception {
        Path file = dir.resolve("p.json");
        PredictorStore.save(TRAINED.get("flops"), file);
        var node = Json.mapper().readTree(file.toFile());
        assertEquals(PredictorStore.FORMAT, node.get("format").intValue());
        assertEquals("flops", node.get("kind").textValue());
        assertEquals("synthetic", node.get("device").textValue());
        assertEquals(List.of("format", "kind", "device"), List.of(node.fieldNames().next(),
                iter(node, 1), iter(node, 2)));
    }

    private static String iter(com.fasterxml.jackson.databind.JsonNode n, int skip) {
        var it = n.fieldNames();
        for (int i = 0; i < skip; i++) it.next();
        return it.next();
    }

    @Test
    void truncatedFileNamesLineAndColumn() throws Exception {
        Path file = dir.resolve("t.json");
        PredictorStore.save(TRAINED.get("evolp"), file);
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.length() / 2));
        InputProblem p = problem(file);
        assertEquals(file.toString(), p.file());
        assertTrue(p.line() > 1, p.describe());
        assertTrue(p.column() > 0, p.describe());
    }

    @Test
    void invalidJsonIsLocated() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\n  \"format\": 1,\n  \"kind\": evolp\n}");
        InputProblem p = problem(file);
        assertEquals(3, p.line());
        assertEquals(11, p.column());
    }

    @Test
    void unknownKindPointsAtTheKindValue() throws Exception {
        Path file = dir.resolve("k.json");
        Files.writeString(file, "{\n  \"format\": 1,\n  \"kind\": \"magic\",\n  \"device\": \"d\"\n}");
        InputProblem p = problem(file);
        assertEquals(3, p.line());
        assertEquals(11, p.column());
        assertEquals("/kind", p.columnName());
        assertTrue(p.message().contains("magic") && p.message().contains("auto, evolp, gbt, gp, hybrid, forest, lut, flops"), p.message());
    }

    @Test
    void newerFormatIsRefused() throws Exception {
        Path file = dir.resolve("n.json");
        ObjectNode node = PredictorTrees.toJson(TRAINED.get("flops"));
        node.put("format", PredictorStore.FORMAT + 1);
        Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
        InputProblem p = problem(file);
        assertEquals(2, p.line());
        assertTrue(p.message().contains("newer"), p.message());
    }

    @Test
    void missingAndMalformedFieldsAreLocated() throws Exception {
        ObjectNode node = PredictorTrees.toJson(TRAINED.get("evolp"));
        ObjectNode second = (ObjectNode) node.get("keys").get(1);
        second.remove("weights");
        Path file = dir.resolve("m.json");
        Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
        InputProblem p = problem(file);
        assertEquals("/keys/1", p.columnName());
        assertTrue(p.message().contains("weights"), p.message());
        assertTrue(p.line() > 1 && p.column() > 0, p.describe());

        second.putArray("weights").add(1).add(2);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PredictorTrees.fromJson(node, "embedded"));
        assertEquals("/keys/1/weights", e.problems().get(0).columnName());
        assertEquals("embedded", e.problems().get(0).file());

        ObjectNode forest = PredictorTrees.toJson(TRAINED.get("forest"));
        ((com.fasterxml.jackson.databind.node.ArrayNode) forest.get("trees").get(0).get("right")).set(0, 0);
        assertThrows(InvalidInputException.class, () -> PredictorTrees.fromJson(forest, null));
    }

    @Test
    void emptyAndNonObjectFilesAreInvalidInput() throws Exception {
        Path empty = dir.resolve("e.json");
        Files.writeString(empty, "");
        assertEquals(1, problem(empty).line());
        Path array = dir.resolve("a.json");
        Files.writeString(array, "[1, 2]");
        assertEquals(1, problem(array).line());
    }

    @Test
    void byteOrderMarkIsAccepted() throws Exception {
        Path file = dir.resolve("bom.json");
        String json = Json.mapper().writeValueAsString(PredictorTrees.toJson(TRAINED.get("flops")));
        Files.writeString(file, "\uFEFF" + json);
        assertEquals("flops", PredictorStore.load(file).kind());
    }

    @Test
    void unknownFieldsAreIgnored() {
        ObjectNode node = PredictorTrees.toJson(TRAINED.get("lut"));
        node.put("comment", "made on a Tuesday");
        LayerConfig c = SyntheticData.conv(56, 100, 100);
        assertEquals(TRAINED.get("lut").predictLayer(c), PredictorTrees.fromJson(node, null).predictLayer(c), 0);
    }

    @Test
    void saveLeavesNoTemporaryFiles() throws Exception {
        PredictorStore.save(TRAINED.get("lut"), dir.resolve("x.json"));
        PredictorStore.save(TRAINED.get("lut"), dir.resolve("x.json"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of("x.json"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    private static InputProblem problem(Path file) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PredictorStore.load(file));
        return e.problems().get(0);
    }
}
