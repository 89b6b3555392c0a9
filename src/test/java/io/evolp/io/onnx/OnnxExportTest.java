package io.evolp.io.onnx;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import io.evolp.core.zoo.Architecture;
import io.evolp.core.zoo.Zoo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Every export is loaded and run in ONNX Runtime; shapes and finite outputs are checked. */
class OnnxExportTest {

    @Test
    void layerModuleHasOneOutputPerRepeatOfTheLayerShape() throws Exception {
        LayerConfig layer = new LayerConfig(15, 6, 10, 3, 1, 2, 1, 1, 0, true, 2);
        List<OrtRun.Output> out = OrtRun.run(OnnxExport.layerModule(layer, 3), 6, 15);
        assertEquals(3, out.size());
        for (OrtRun.Output o : out) {
            assertArrayEquals(new long[]{1, 10, 8, 15}, o.shape(), o.name());
            for (float v : o.values()) assertTrue(v >= 0 && Float.isFinite(v), "ReLU output");
        }
        assertNotEquals(out.get(0).values()[5], out.get(1).values()[5], "branches have distinct weights");
    }

    @Test
    void depthwiseLayerModuleRuns() throws Exception {
        LayerConfig dw = LayerConfig.of(28, 32, 32, 3, 2, 1, 32);
        List<OrtRun.Output> out = OrtRun.run(OnnxExport.layerModule(dw, 2), 32, 28);
        assertArrayEquals(new long[]{1, 32, 14, 14}, out.get(0).shape());
    }

    @Test
    void sameSeedSameBytes() {
        LayerConfig l = LayerConfig.of(8, 4, 4, 3, 1, 1, 1);
        assertArrayEquals(OnnxExport.layerModule(l, 2), OnnxExport.layerModule(l, 2));
        assertFalse(java.util.Arrays.equals(OnnxExport.layerModule(l, 2, 1), OnnxExport.layerModule(l, 2, 2)));
    }

    @ParameterizedTest(name = "{0} at width x{1}")
    @CsvSource({"vgg16,1.0", "vgg16,0.5", "resnet50,1.0", "resnet50,0.5", "mobilenetv1,1.0", "mobilenetv1,0.5",
            "inceptionv3,1.0", "inceptionv3,0.5"})
    void architecturesRunAndGiveHundredLogits(String arch, double scale) throws Exception {
        Architecture a = Zoo.get(arch);
        int[] w = a.fullWidths();
        for (int i = 0; i < w.length; i++) w[i] = Math.max(1, (int) Math.round(w[i] * scale));
        ModelSpec spec = Zoo.model(arch, w);
        List<OrtRun.Output> out = OrtRun.run(OnnxExport.model(spec), 3, a.inputSize());
        assertEquals(1, out.size());
        assertEquals("logits", out.get(0).name());
        assertArrayEquals(new long[]{1, OnnxExport.CLASSES}, out.get(0).shape());
        for (float v : out.get(0).values()) assertTrue(Float.isFinite(v), "finite logits");
    }

    @Test
    void explicitChainInsertsPoolsWhereTheSizeDrops() throws Exception {
        ModelSpec m = ModelSpec.explicit("chain", List.of(
                LayerConfig.of(32, 3, 8, 3, 1, 1, 1), LayerConfig.of(16, 8, 8, 3, 1, 1, 8),
                LayerConfig.of(16, 8, 12, 1, 1, 0, 1), LayerConfig.of(5, 12, 4, 3, 1, 1, 1)));
        List<OrtRun.Output> out = OrtRun.run(OnnxExport.model(m), 3, 32);
        assertArrayEquals(new long[]{1, 100}, out.get(0).shape());
    }

    @Test
    void explicitListsThatDoNotChainAreRefused() {
        ModelSpec channels = ModelSpec.explicit("x", List.of(LayerConfig.of(8, 3, 8, 3, 1, 1, 1), LayerConfig.of(8, 5, 8, 3, 1, 1, 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OnnxExport.model(channels));
        assertTrue(e.getMessage().contains("conv 1 takes 5 input channels but conv 0 gives 8"), e.getMessage());
        ModelSpec sizes = ModelSpec.explicit("y", List.of(LayerConfig.of(15, 3, 8, 3, 1, 1, 1), LayerConfig.of(4, 8, 8, 3, 1, 1, 1)));
        e = assertThrows(IllegalArgumentException.class, () -> OnnxExport.model(sizes));
        assertTrue(e.getMessage().contains("not reachable by a max pool"), e.getMessage());
    }

    @Test
    void aConvListThatDoesNotFitTheArchitectureIsRefused() {
        ModelSpec vgg = Zoo.model("vgg16", null);
        ModelSpec broken = new ModelSpec("vgg16", "vgg16", vgg.widths(), vgg.convs().subList(0, 12), null, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OnnxExport.model(broken));
        assertTrue(e.getMessage().contains("topology needs more than 12 convs"), e.getMessage());
    }
}
