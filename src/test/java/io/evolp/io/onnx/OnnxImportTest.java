package io.evolp.io.onnx;

import io.evolp.core.InvalidInputException;
import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Architecture;
import io.evolp.core.zoo.Zoo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class OnnxImportTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"vgg16", "resnet50", "mobilenetv1", "inceptionv3"})
    void exportThenImportGivesTheZooConvList(String arch) throws Exception {
        Architecture a = Zoo.get(arch);
        int[] w = a.fullWidths();
        for (int i = 0; i < w.length; i++) w[i] = Math.max(1, w[i] * 3 / 4 - i % 3); // pruned, uneven
        ModelSpec spec = Zoo.model(arch, w);
        Path file = dir.resolve(arch + ".onnx");
        Files.write(file, OnnxExport.model(spec));

        OnnxImportResult r = OnnxImport.read(file);
        assertEquals(spec.convs(), r.model().convs());
        assertNull(r.model().arch());
        assertEquals(List.of(), r.unsupportedOperators());
        assertEquals(List.of(), r.problems());
        assertEquals(spec.convs().size(), r.gammas().size(), "every conv has BN γ");
        for (int i = 0; i < spec.convs().size(); i++) {
            double[] g = r.gammas().get(String.valueOf(i));
            assertEquals(spec.convs().get(i).cout(), g.length, "γ length of conv " + i);
            for (double v : g) assertTrue(v >= 0.5 && v <= 1.5, "exported γ range");
        }
        assertEquals(r.gammas().keySet(), r.model().gammas().keySet());
    }

    @Test
    void unknownOperatorsAreListedAndDeclaredShapesCarryOn() throws Exception {
        // Conv → FancyOp (declared output shape) → Conv → Weird (undeclared) → Conv
        LayerConfig c0 = LayerConfig.of(16, 3, 8, 3, 1, 1, 1);
        LayerConfig c1 = LayerConfig.of(16, 8, 4, 1, 1, 0, 1);
        OnnxEncoder.Initializer w0 = weights("w0", c0), w1 = weights("w1", c1), w2 = weights("w2", c1.withChannels(4, 4));
        List<OnnxNode> nodes = List.of(
                conv("c0", "input", "w0", "a", c0),
                new OnnxNode("FancyOp", "fancy", List.of("a"), List.of("b"), List.of()),
                conv("c1", "b", "w1", "c", c1),
                new OnnxNode("Weird", "weird", List.of("c"), List.of("d"), List.of()),
                conv("c2", "d", "w2", "e", c1.withChannels(4, 4)));
        byte[] model = OnnxEncoder.model("g", nodes, List.of(w0, w1, w2),
                List.of(new OnnxEncoder.ValueInfo("input", new long[]{1, 3, 16, 16})),
                List.of(new OnnxEncoder.ValueInfo("b", new long[]{1, 8, 16, 16}),
                        new OnnxEncoder.ValueInfo("e", new long[]{1, 4, 16, 16})), null);
        OnnxImportResult r = OnnxImport.read(model, "custom.onnx", "custom");
        assertEquals(List.of("FancyOp", "Weird"), r.unsupportedOperators());
        assertEquals(List.of(c0, c1), r.model().convs(), "the conv behind the undeclared op is left out");
        assertEquals("g", r.model().name());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().startsWith("Conv 'c2'")
                && p.message().contains("input shape unknown (behind unsupported operators FancyOp, Weird)")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("2 of 2 convs are not followed by a BatchNormalization")));
        assertTrue(r.gammas().isEmpty());
    }

    @Test
    void truncatedAndCorruptFilesNameTheFileAndTheOffset() throws Exception {
        byte[] good = OnnxExport.model(Zoo.model("mobilenetv1", null));
        Path cut = dir.resolve("cut.onnx");
        Files.write(cut, Arrays.copyOf(good, good.length / 2));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OnnxImport.read(cut));
        assertTrue(e.getMessage().startsWith(cut + ": "), e.getMessage());
        assertTrue(e.getMessage().matches(".*byte offset \\d+: .*truncated or corrupt.*"), e.getMessage());

        Path junk = dir.resolve("junk.onnx");
        Files.writeString(junk, "this is not a model\n");
        e = assertThrows(InvalidInputException.class, () -> OnnxImport.read(junk));
        assertTrue(e.getMessage().contains("junk.onnx"), e.getMessage());
        assertTrue(e.getMessage().contains("byte offset"), e.getMessage());

        Path empty = dir.resolve("empty.onnx");
        Files.write(empty, new byte[0]);
        assertTrue(assertThrows(InvalidInputException.class, () -> OnnxImport.read(empty)).getMessage().endsWith("empty file"));
        assertThrows(InvalidInputException.class, () -> OnnxImport.read(dir.resolve("missing.onnx")));
    }

    @Test
    void aGraphWithoutConvsIsRefused() {
        byte[] model = OnnxEncoder.model("g", List.of(new OnnxNode("Relu", "r", List.of("input"), List.of("y"), List.of())),
                List.of(), List.of(new OnnxEncoder.ValueInfo("input", new long[]{1, 3, 4, 4})),
                List.of(new OnnxEncoder.ValueInfo("y", new long[]{1, 3, 4, 4})), null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OnnxImport.read(model, "r.onnx", "r"));
        assertTrue(e.getMessage().contains("no usable 2-D Conv"), e.getMessage());
    }

    @Test
    void samePaddingAndSymbolicBatchAreUnderstood() {
        LayerConfig c = LayerConfig.of(17, 4, 6, 3, 2, 1, 1);
        OnnxNode same = new OnnxNode("Conv", "same", List.of("input", "w"), List.of("y"), List.of(
                OnnxNode.Attribute.ofInts("strides", 2, 2), OnnxNode.Attribute.ofString("auto_pad", "SAME_UPPER")));
        OnnxNode valid = new OnnxNode("Conv", "valid", List.of("y", "w2"), List.of("z"), List.of());
        LayerConfig c2 = LayerConfig.of(9, 6, 5, 3, 1, 0, 1);
        byte[] model = OnnxEncoder.model("g", List.of(same, valid), List.of(weights("w", c), weights("w2", c2)),
                List.of(new OnnxEncoder.ValueInfo("input", new long[]{-1, 4, 17, 17})), List.of(), null);
        OnnxImportResult r = OnnxImport.read(model, "s.onnx", "s");
        // SAME_UPPER on 17 with stride 2 → 9 outputs, total pad 2 → 1 per side; no pads attribute → 0.
        assertEquals(List.of(c, c2), r.model().convs());
        assertTrue(r.problems().stream().noneMatch(p -> p.message().contains("asymmetric")), r.problems().toString());
    }

    static OnnxNode conv(String name, String x, String w, String y, LayerConfig c) {
        return new OnnxNode("Conv", name, List.of(x, w), List.of(y), List.of(
                OnnxNode.Attribute.ofInts("kernel_shape", c.kh(), c.kw()),
                OnnxNode.Attribute.ofInts("strides", c.sh(), c.sw()),
                OnnxNode.Attribute.ofInts("pads", c.ph(), c.pw(), c.ph(), c.pw()),
                OnnxNode.Attribute.ofInt("group", c.groups())));
    }

    static OnnxEncoder.Initializer weights(String name, LayerConfig c) {
        return new OnnxEncoder.Initializer(name, new long[]{c.cout(), c.cin() / c.groups(), c.kh(), c.kw()},
                new float[c.cout() * c.cin() / c.groups() * c.kh() * c.kw()]);
    }
}
