package io.evolp.core.zoo;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** Counts, MACs and validation shared by all four built-in architectures. */
class ZooArchitectureTest {

    /**
     * Published totals include the classifier; the conv part is what we model. Published (GMAC):
     * VGG16 15.47 = convs 15.35 + FC 0.124; ResNet-50 4.09 (FC 0.002); MobileNetV1 0.569 (FC 0.001);
     * InceptionV3 5.71 (FC 0.002). Tolerance 3% against the published total; the conv-only figures
     * we compute land within 1% (VGG16 is the largest gap, 0.8%, all of it the FC layers).
     */
    @ParameterizedTest
    @CsvSource({
            "vgg16, 13, 13, 15.47",
            "resnet50, 53, 37, 4.09",
            "mobilenetv1, 27, 14, 0.569",
            "inceptionv3, 94, 94, 5.71"})
    void layerCountsAndMacsMatchPublishedFigures(String id, int convs, int widths, double publishedGmac) {
        Architecture a = Zoo.get(id);
        List<LayerConfig> layers = a.fullConvs();
        assertEquals(convs, layers.size());
        assertEquals(widths, a.fullWidths().length);
        assertEquals(widths, a.prunableNames().size());
        double gmac = layers.stream().mapToLong(LayerConfig::macs).sum() / 1e9;
        assertEquals(publishedGmac, gmac, publishedGmac * 0.03, id + " conv GMAC " + gmac);
    }

    @Test
    void exactConvMacTotals() {
        // Pinned values (hand-checked against the published totals minus FC) catch any structural change.
        assertEquals(15_346_630_656L, Zoo.model("vgg16", null).macs());
        assertEquals(4_087_136_256L, Zoo.model("resnet50", null).macs());
        assertEquals(567_716_352L, Zoo.model("mobilenetv1", null).macs());
        assertEquals(5_711_168_096L, Zoo.model("inceptionv3", null).macs());
    }

    /**
     * With every width halved, a dense conv's MACs drop to a quarter (cin and cout halve), the first
     * conv's and every depthwise conv's to a half (only one channel count changes).
     */
    @ParameterizedTest
    @ValueSource(strings = {"vgg16", "resnet50", "mobilenetv1", "inceptionv3"})
    void halvingWidthsScalesMacsLayerByLayer(String id) {
        Architecture a = Zoo.get(id);
        int[] half = Arrays.stream(a.fullWidths()).map(w -> w / 2).toArray();
        List<LayerConfig> full = a.fullConvs();
        List<LayerConfig> halved = a.convs(half);
        assertEquals(full.size(), halved.size());
        long fullSum = 0, halfSum = 0;
        for (int i = 0; i < full.size(); i++) {
            LayerConfig f = full.get(i), h = halved.get(i);
            int divisor = i == 0 || f.depthwise() ? 2 : 4;
            assertEquals(f.macs() / divisor, h.macs(), id + " layer " + i);
            assertEquals(f.key(), h.key(), "halving must not change configuration keys");
            fullSum += f.macs();
            halfSum += h.macs();
        }
        double ratio = (double) halfSum / fullSum;
        assertTrue(ratio > 0.25 && ratio < 0.27, id + " ratio " + ratio);
    }

    @ParameterizedTest
    @ValueSource(strings = {"vgg16", "resnet50", "mobilenetv1", "inceptionv3"})
    void randomWidthsAlwaysBuildValidLayers(String id) {
        Architecture a = Zoo.get(id);
        Random rnd = new Random(7);
        for (int trial = 0; trial < 20; trial++) {
            int[] w = Arrays.stream(a.fullWidths()).map(f -> 1 + rnd.nextInt(f)).toArray();
            List<LayerConfig> layers = a.convs(w);
            assertEquals(a.fullConvs().size(), layers.size());
            assertEquals(3, layers.get(0).cin());
            assertEquals(a.inputSize(), layers.get(0).inputSize());
        }
    }

    @Test
    void otherToolsSpellingsNameTheSameArchitecture() {
        for (String id : new String[]{"resnet-50", "ResNet_50", " RESNET50 "}) assertEquals("resnet50", Zoo.get(id).id());
        assertEquals("mobilenetv1", Zoo.get("mobilenet_v1").id());
        assertEquals("inceptionv3", Zoo.get("Inception-V3").id());
        assertEquals("vgg16", Zoo.get("vgg16_bn").id());
        assertEquals("vgg16", Zoo.get("VGG 16").id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Zoo.get("mobilenet_v2"));
        assertTrue(e.getMessage().contains("known: vgg16, resnet50, mobilenetv1, inceptionv3"), e.getMessage());
    }

    @Test
    void wrongLengthIsRejectedWithCount() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Zoo.get("vgg16").convs(new int[12]));
        assertTrue(e.getMessage().contains("expects 13 widths"), e.getMessage());
        assertTrue(e.getMessage().contains("got 12"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Zoo.get("vgg16").convs(null));
    }

    @Test
    void nonPositiveWidthNamesTheLayer() {
        int[] w = Zoo.get("vgg16").fullWidths();
        w[2] = 0;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Zoo.get("vgg16").convs(w));
        assertTrue(e.getMessage().contains("conv2_1"), e.getMessage());
        assertTrue(e.getMessage().contains("index 2"), e.getMessage());

        int[] r = Zoo.get("resnet50").fullWidths();
        r[3] = -4;
        e = assertThrows(IllegalArgumentException.class, () -> Zoo.get("resnet50").convs(r));
        assertTrue(e.getMessage().contains("layer1.out"), e.getMessage());
    }

    @Test
    void convsDoesNotAliasCallerArrays() {
        Architecture a = Zoo.get("mobilenetv1");
        int[] full = a.fullWidths();
        full[0] = 1;
        assertEquals(32, a.fullWidths()[0], "fullWidths must return a copy");
    }

    @Test
    void lookupIgnoresCaseAndListsKnownIds() {
        assertSame(Zoo.get("vgg16"), Zoo.get(" VGG16 "));
        assertEquals("resnet50", Zoo.get("ResNet50").id());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Zoo.get("alexnet"));
        assertTrue(e.getMessage().contains("alexnet"));
        assertTrue(e.getMessage().contains("vgg16, resnet50, mobilenetv1, inceptionv3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Zoo.get(null));
        assertEquals(List.of("vgg16", "resnet50", "mobilenetv1", "inceptionv3"),
                Zoo.all().stream().map(Architecture::id).toList());
    }

    @Test
    void modelCarriesArchWidthsAndName() {
        ModelSpec m = Zoo.model("MobileNetV1", null);
        assertEquals("mobilenetv1", m.name());
        assertEquals("mobilenetv1", m.arch());
        assertEquals(14, m.widths().size());
        assertEquals(27, m.convs().size());
        assertNull(m.latencyMs());

        int[] w = Zoo.get("mobilenetv1").fullWidths();
        w[13] = 100;
        ModelSpec pruned = Zoo.model("mobilenetv1", w);
        assertEquals(100, pruned.widths().get(13));
        assertEquals(100, pruned.convs().get(26).cout());
    }
}
