package io.evolp.core.zoo;

import io.evolp.core.LayerConfig;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Per-architecture structure: sizes, strides, channel wiring (cin = producer's cout) under pruning. */
class ArchStructureTest {

    @Test
    void vggIsAChainWithPoolsHalvingTheSize() {
        Architecture a = new Vgg16();
        int[] w = {10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22};
        List<LayerConfig> c = a.convs(w);
        int[] sizes = {224, 224, 112, 112, 56, 56, 56, 28, 28, 28, 14, 14, 14};
        for (int i = 0; i < c.size(); i++) {
            LayerConfig l = c.get(i);
            assertEquals(sizes[i], l.inputSize(), "conv " + i);
            assertEquals(i == 0 ? 3 : w[i - 1], l.cin());
            assertEquals(w[i], l.cout());
            assertEquals(LayerConfig.of(sizes[i], l.cin(), l.cout(), 3, 1, 1, 1), l);
        }
        assertEquals("conv5_3", a.prunableNames().get(12));
        assertArrayEquals(new int[]{64, 64, 128, 128, 256, 256, 256, 512, 512, 512, 512, 512, 512}, a.fullWidths());
    }

    @Test
    void mobileNetAlternatesDepthwiseAndPointwise() {
        Architecture a = new MobileNetV1();
        int[] w = a.fullWidths();
        for (int i = 0; i < w.length; i++) w[i] = 8 + i; // all distinct, to see the wiring
        List<LayerConfig> c = a.convs(w);
        assertEquals(LayerConfig.of(224, 3, 8, 3, 2, 1, 1), c.get(0));
        int[] dwInput = {112, 112, 56, 56, 28, 28, 14, 14, 14, 14, 14, 14, 7};
        int[] strides = {1, 2, 1, 2, 1, 2, 1, 1, 1, 1, 1, 2, 1};
        for (int b = 0; b < 13; b++) {
            LayerConfig dw = c.get(1 + 2 * b), pw = c.get(2 + 2 * b);
            assertTrue(dw.depthwise(), "block " + b);
            assertEquals(w[b], dw.cin());
            assertEquals(w[b], dw.cout());
            assertEquals(w[b], dw.groups());
            assertEquals(dwInput[b], dw.inputSize());
            assertEquals(strides[b], dw.sh());
            assertEquals(1, dw.ph());
            assertEquals(dw.outputHeight(), pw.inputSize());
            assertEquals(1, pw.kh());
            assertEquals(1, pw.groups());
            assertEquals(w[b], pw.cin());
            assertEquals(w[b + 1], pw.cout());
        }
        assertEquals(7, c.get(26).outputHeight());
        assertEquals(List.of(32, 64, 128, 128, 256, 256, 512, 512, 512, 512, 512, 512, 1024, 1024),
                Arrays.stream(a.fullWidths()).boxed().toList());
    }

    @Test
    void resNetBottlenecksAreWiredThroughTheStageWidth() {
        Architecture a = new ResNet50();
        List<String> names = a.prunableNames();
        assertEquals(List.of("conv1", "layer1.0.conv1", "layer1.0.conv2", "layer1.out", "layer1.1.conv1"),
                names.subList(0, 5));
        assertEquals("layer4.2.conv2", names.get(36));
        int[] w = a.fullWidths();
        for (int i = 0; i < w.length; i++) w[i] = 5 + i;
        List<LayerConfig> c = a.convs(w);
        assertEquals(new LayerConfig(224, 3, 5, 7, 7, 2, 2, 3, 3, false, 1), c.get(0));

        int[] blocks = {3, 4, 6, 3};
        int[] stageInput = {56, 56, 28, 14};
        int layer = 1, channels = w[0], size = 56;
        for (int s = 0; s < 4; s++) {
            int stageOut = w[names.indexOf("layer" + (s + 1) + ".out")];
            assertEquals(stageInput[s], size);
            for (int b = 0; b < blocks[s]; b++) {
                String p = "layer" + (s + 1) + "." + b + ".";
                LayerConfig c1 = c.get(layer++), c2 = c.get(layer++), c3 = c.get(layer++);
                assertEquals(channels, c1.cin(), p);
                assertEquals(w[names.indexOf(p + "conv1")], c1.cout());
                assertEquals(1, c1.kh());
                assertEquals(c1.cout(), c2.cin());
                assertEquals(w[names.indexOf(p + "conv2")], c2.cout());
                assertEquals(3, c2.kh());
                int stride = b == 0 && s > 0 ? 2 : 1;
                assertEquals(stride, c2.sh(), "stride sits on the 3x3 (v1.5)");
                assertEquals(c2.cout(), c3.cin());
                assertEquals(stageOut, c3.cout());
                assertEquals(c2.outputHeight(), c3.inputSize());
                if (b == 0) {
                    LayerConfig ds = c.get(layer++);
                    assertEquals(channels, ds.cin(), "downsample reads the block input");
                    assertEquals(stageOut, ds.cout());
                    assertEquals(stride, ds.sh());
                    assertEquals(size, ds.inputSize());
                    assertEquals(c3.outputHeight(), ds.outputHeight(), "residual add shapes agree");
                }
                channels = stageOut;
                size = c3.outputHeight();
            }
        }
        assertEquals(53, layer);
        assertEquals(7, size);
    }

    @Test
    void inceptionFullWidthBlockInputs() {
        Architecture a = new InceptionV3();
        List<LayerConfig> c = a.fullConvs();
        List<String> names = a.prunableNames();
        int[] sizes = {299, 149, 147, 73, 73};
        for (int i = 0; i < 5; i++) assertEquals(sizes[i], c.get(i).inputSize(), names.get(i));
        assertBlockInput(c, names, "Mixed_5b", 192, 35);
        assertBlockInput(c, names, "Mixed_5c", 256, 35);
        assertBlockInput(c, names, "Mixed_5d", 288, 35);
        assertBlockInput(c, names, "Mixed_6a", 288, 35);
        assertBlockInput(c, names, "Mixed_6b", 768, 17);
        assertBlockInput(c, names, "Mixed_6e", 768, 17);
        assertBlockInput(c, names, "Mixed_7a", 768, 17);
        assertBlockInput(c, names, "Mixed_7b", 1280, 8);
        assertBlockInput(c, names, "Mixed_7c", 2048, 8);
        assertEquals(17, c.get(names.indexOf("Mixed_6a.branch3x3")).outputHeight());
        assertEquals(8, c.get(names.indexOf("Mixed_7a.branch7x7x3_4")).outputHeight());
    }

    @Test
    void inceptionAsymmetricKernelsHaveMatchingPadding() {
        List<LayerConfig> c = new InceptionV3().fullConvs();
        long oneBySeven = c.stream().filter(l -> l.kh() == 1 && l.kw() == 7 && l.ph() == 0 && l.pw() == 3).count();
        long sevenByOne = c.stream().filter(l -> l.kh() == 7 && l.kw() == 1 && l.ph() == 3 && l.pw() == 0).count();
        long oneByThree = c.stream().filter(l -> l.kh() == 1 && l.kw() == 3 && l.ph() == 0 && l.pw() == 1).count();
        long threeByOne = c.stream().filter(l -> l.kh() == 3 && l.kw() == 1 && l.ph() == 1 && l.pw() == 0).count();
        assertEquals(13, oneBySeven);   // 3 per InceptionC x 4 + 1 in InceptionD
        assertEquals(13, sevenByOne);
        assertEquals(4, oneByThree);    // 2 per InceptionE x 2
        assertEquals(4, threeByOne);
        long asymmetric = c.stream().filter(l -> l.kh() != l.kw()).count();
        assertEquals(34, asymmetric, "no other asymmetric kernels");
        assertTrue(c.stream().allMatch(l -> l.outputHeight() == l.outputWidth()));
    }

    @Test
    void inceptionConcatWidthsFollowPrunedBranches() {
        Architecture a = new InceptionV3();
        List<String> names = a.prunableNames();
        int[] w = a.fullWidths();
        for (int i = 0; i < w.length; i++) w[i] = 3 + (i % 17);
        List<LayerConfig> c = a.convs(w);
        int a5b = sum(w, names, "Mixed_5b", "branch1x1", "branch5x5_2", "branch3x3dbl_3", "branch_pool");
        assertBlockInput(c, names, "Mixed_5c", a5b, 35);
        int a5d = sum(w, names, "Mixed_5d", "branch1x1", "branch5x5_2", "branch3x3dbl_3", "branch_pool");
        int b6a = sum(w, names, "Mixed_6a", "branch3x3", "branch3x3dbl_3") + a5d; // max-pool passes a5d through
        assertBlockInput(c, names, "Mixed_6b", b6a, 17);
        int c6e = sum(w, names, "Mixed_6e", "branch1x1", "branch7x7_3", "branch7x7dbl_5", "branch_pool");
        int d7a = sum(w, names, "Mixed_7a", "branch3x3_2", "branch7x7x3_4") + c6e;
        assertBlockInput(c, names, "Mixed_7b", d7a, 8);
        int e7b = sum(w, names, "Mixed_7b", "branch1x1", "branch3x3_2a", "branch3x3_2b",
                "branch3x3dbl_3a", "branch3x3dbl_3b", "branch_pool");
        assertBlockInput(c, names, "Mixed_7c", e7b, 8);
        // inside a block, each conv reads its branch predecessor
        assertEquals(w[names.indexOf("Mixed_6c.branch7x7dbl_3")], c.get(names.indexOf("Mixed_6c.branch7x7dbl_4")).cin());
        assertEquals(w[names.indexOf("Mixed_7c.branch3x3dbl_2")], c.get(names.indexOf("Mixed_7c.branch3x3dbl_3b")).cin());
        for (int i = 0; i < c.size(); i++) assertEquals(w[i], c.get(i).cout(), names.get(i));
    }

    private static int sum(int[] w, List<String> names, String block, String... branches) {
        int s = 0;
        for (String b : branches) {
            int i = names.indexOf(block + "." + b);
            assertTrue(i >= 0, block + "." + b);
            s += w[i];
        }
        return s;
    }

    /** Every conv of the block that reads the block input (its first conv per branch, and the pool 1x1). */
    private static void assertBlockInput(List<LayerConfig> c, List<String> names, String block, int cin, int size) {
        int first = names.indexOf(block + ".branch1x1");
        if (first < 0) first = names.indexOf(block + ".branch3x3");
        if (first < 0) first = names.indexOf(block + ".branch3x3_1");
        assertTrue(first >= 0, block);
        assertEquals(cin, c.get(first).cin(), block + " input width");
        assertEquals(size, c.get(first).inputSize(), block + " input size");
    }
}
