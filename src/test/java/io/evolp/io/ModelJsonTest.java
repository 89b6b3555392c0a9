package io.evolp.io;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Zoo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Reading and writing model files in both forms, single-object and JSON lines. */
class ModelJsonTest {

    @TempDir
    Path dir;

    @Test
    void archFormWithoutWidthsIsTheFullModel() {
        ModelSpec m = ModelJson.parse("{\"arch\": \"VGG16\"}", "m.json", 1);
        assertEquals("vgg16", m.arch());
        assertEquals("vgg16", m.name());
        assertEquals(13, m.convs().size());
        assertEquals(Zoo.model("vgg16", null).convs(), m.convs());
        assertEquals(64, m.widths().get(0));
        assertNull(m.latencyMs());
    }

    @Test
    void archFormWithWidthsLatencyAndName() {
        ModelSpec m = ModelJson.parse("{\"name\":\"slim\",\"arch\":\"mobilenetv1\",\"widths\":"
                + "[16,32,64,64,128,128,256,256,256,256,256,256,512,500],\"latency_ms\":12.5}", null, 1);
        assertEquals("slim", m.name());
        assertEquals("mobilenetv1", m.family());
        assertEquals(12.5, m.latencyMs());
        assertEquals(500, m.convs().get(26).cout());
        assertEquals(512, m.convs().get(26).cin());
        assertEquals(16, m.convs().get(0).cout());
    }

    @Test
    void explicitFormWithScalarAndArrayKernels() {
        String json = """
                {"name": "tiny", "convs": [
                  {"input_size": 224, "cin": 3, "cout": 64, "k": 3, "s": 2, "p": 1, "groups": 1, "bias": false},
                  {"input_size": 17, "cin": 64, "cout": 64, "k": [1, 7], "s": [1, 1], "p": [0, 3]},
                  {"input_size": 17, "cin": 64, "cout": 64, "k": 3, "p": 1, "groups": 64, "bias": true}
                ]}""";
        ModelSpec m = ModelJson.parse(json, "tiny.json", 1);
        assertEquals("tiny", m.name());
        assertNull(m.arch());
        assertEquals(List.of(
                new LayerConfig(224, 3, 64, 3, 3, 2, 2, 1, 1, false, 1),
                new LayerConfig(17, 64, 64, 1, 7, 1, 1, 0, 3, false, 1),
                new LayerConfig(17, 64, 64, 3, 3, 1, 1, 1, 1, true, 64)), m.convs());
        assertTrue(m.convs().get(2).depthwise());
    }

    @Test
    void unnamedExplicitModelIsNamedAfterItsFile() {
        ModelSpec m = ModelJson.parse("{\"convs\":[{\"input_size\":8,\"cin\":4,\"cout\":4,\"k\":1}]}",
                "dir/net-a.jsonl", 3);
        assertEquals("net-a", m.name());
        assertEquals(new LayerConfig(8, 4, 4, 1, 1, 1, 1, 0, 0, false, 1), m.convs().get(0), "PyTorch defaults");
    }

    @Test
    void toJsonIsOneLineAndRoundTripsBothForms() {
        ModelSpec arch = Zoo.model("resnet50", null).withLatency(35.25);
        String line = ModelJson.toJson(arch);
        assertFalse(line.contains("\n"));
        assertFalse(line.contains("convs"), "arch form writes widths, not convs: " + line);
        assertTrue(line.startsWith("{\"arch\":\"resnet50\",\"widths\":[64,64,64,256,"), line);
        assertSpecEquals(arch, ModelJson.parse(line, null, 1));

        ModelSpec explicit = new ModelSpec("mix", null, null, List.of(
                new LayerConfig(35, 288, 384, 3, 3, 2, 2, 0, 0, false, 1),
                new LayerConfig(8, 384, 384, 3, 1, 1, 1, 1, 0, true, 1),
                new LayerConfig(14, 512, 512, 3, 3, 1, 1, 1, 1, false, 512)),
                0.1 + 0.2, Map.of("stem", new double[]{0.5, -1e-9, 3.0000000000000004}));
        String json = ModelJson.toJson(explicit);
        assertTrue(json.contains("\"k\":[3,1]"), json);
        assertTrue(json.contains("\"p\":[1,0]"), json);
        assertTrue(json.contains("\"k\":3,"), json);
        assertSpecEquals(explicit, ModelJson.parse(json, null, 1));
    }

    @Test
    void gammasByIndexAndNameRoundTrip(@TempDir Path d) throws IOException {
        int[] w = Zoo.get("vgg16").fullWidths();
        w[0] = 3;
        w[1] = 2;
        ModelSpec m = new ModelSpec("pruned", "vgg16", Zoo.model("vgg16", w).widths(), Zoo.model("vgg16", w).convs(),
                null, Map.of("0", new double[]{0.1, 0.2, 0.3}, "conv1_2", new double[]{1.5, -2.5}));
        Path f = d.resolve("pruned.json");
        ModelJson.write(m, f);
        String text = Files.readString(f);
        assertTrue(text.contains("\n  \"arch\""), "single-model files are pretty-printed: " + text);
        assertTrue(text.indexOf("\"0\"") < text.indexOf("\"conv1_2\""), "index keys first");
        ModelSpec back = ModelJson.readOne(f);
        assertSpecEquals(m, back);
        assertEquals("pruned", back.name());
    }

    @Test
    void jsonLinesWithLatencyInOrder() throws IOException {
        List<ModelSpec> models = List.of(
                Zoo.model("vgg16", null).withLatency(40.0),
                Zoo.model("mobilenetv1", null),
                ModelSpec.explicit("one", List.of(LayerConfig.of(56, 64, 64, 3, 1, 1, 1))).withLatency(0.75));
        Path f = dir.resolve("models.jsonl");
        ModelJson.writeLines(models, f);
        assertEquals(3, Files.readAllLines(f).size());
        List<ModelSpec> back = ModelJson.read(f);
        assertEquals(3, back.size());
        for (int i = 0; i < 3; i++) assertSpecEquals(models.get(i), back.get(i));
        assertEquals(40.0, back.get(0).latencyMs());
        assertNull(back.get(1).latencyMs());
    }

    @Test
    void jsonLinesDetectedByContentWithBlankLinesAndCrLf() throws IOException {
        Path f = dir.resolve("models.txt");
        Files.writeString(f, "{\"arch\":\"vgg16\",\"latency_ms\":41}\r\n\r\n{\"arch\":\"resnet50\",\"latency_ms\":30.5}\r\n");
        List<ModelSpec> back = ModelJson.read(f);
        assertEquals(List.of("vgg16", "resnet50"), back.stream().map(ModelSpec::arch).toList());
        assertEquals(30.5, back.get(1).latencyMs());
    }

    @Test
    void prettySingleObjectIsNotMistakenForLines() throws IOException {
        Path f = dir.resolve("one.json");
        ModelJson.write(Zoo.model("inceptionv3", null), f);
        assertFalse(ModelJson.looksLikeJsonLines(Files.readString(f)));
        assertEquals(94, ModelJson.readOne(f).convs().size());
    }

    @Test
    void byteOrderMarkIsIgnored() throws IOException {
        Path f = dir.resolve("bom.json");
        Files.write(f, ("\uFEFF{\"arch\":\"resnet50\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(53, ModelJson.readOne(f).convs().size());
    }

    @Test
    void writeReplacesAnExistingFileAndLeavesNoTempFiles() throws IOException {
        Path f = dir.resolve("m.json");
        ModelJson.write(Zoo.model("vgg16", null), f);
        ModelJson.write(Zoo.model("resnet50", null), f);
        assertEquals("resnet50", ModelJson.readOne(f).arch());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("m.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    static void assertSpecEquals(ModelSpec expected, ModelSpec actual) {
        assertEquals(expected.name(), actual.name());
        assertEquals(expected.arch(), actual.arch());
        assertEquals(expected.widths(), actual.widths());
        assertEquals(expected.convs(), actual.convs());
        assertEquals(expected.latencyMs(), actual.latencyMs());
        assertEquals(expected.gammas().keySet(), actual.gammas().keySet());
        expected.gammas().forEach((k, v) -> assertArrayEquals(v, actual.gammas().get(k), k));
    }
}
