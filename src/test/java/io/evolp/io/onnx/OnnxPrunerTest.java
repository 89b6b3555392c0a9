package io.evolp.io.onnx;

import io.evolp.core.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OnnxPrunerTest {

    private static final byte[] MODEL = PruneGraphs.residualDepthwise((n, v) -> { });

    @Test
    void slicesConvBnDepthwiseAndClassifierAndTiesTheResidual() {
        PruneResult r = OnnxPruner.prune(MODEL, "t.onnx", List.of(4, 5, 8, 3));
        assertEquals(List.of(5, 5, 5, 3), r.widths(), "a and b tied at the wider request; d follows them");
        assertEquals(List.of(1, 2), r.layers().get(0).tiedWith(), "b by the Add, d by sharing its channels");
        assertTrue(r.layers().get(0).note().startsWith("tied"), r.layers().get(0).note());
        assertTrue(r.layers().get(2).note().startsWith("depthwise"), r.layers().get(2).note());
        assertEquals(r.layers().get(0).kept(), r.layers().get(2).kept());
        Map<String, long[]> d = PruneGraphs.dims(r.onnx());
        assertArrayEquals(new long[]{5, 4, 3, 3}, d.get("a_w"));
        assertArrayEquals(new long[]{5}, d.get("a_bias"));
        assertArrayEquals(new long[]{5, 5, 1, 1}, d.get("b_w"));
        assertArrayEquals(new long[]{5, 1, 3, 3}, d.get("d_w"));
        assertArrayEquals(new long[]{3, 5, 1, 1}, d.get("e_w"));
        for (String p : new String[]{"scale", "beta", "mean", "var"}) {
            assertArrayEquals(new long[]{5}, d.get("d_" + p));
            assertArrayEquals(new long[]{3}, d.get("e_" + p));
        }
        assertArrayEquals(new long[]{5, 3}, d.get("fc_w"));
        ParsedGraph.Node dw = OnnxGraphReader.read(r.onnx()).nodes().stream().filter(n -> n.name().equals("d")).findFirst().orElseThrow();
        assertEquals(5, dw.i("group", 0));
    }

    @Test
    void keepsTheChannelsWithTheLargestSummedGamma() {
        // Channel 6 gets a huge γ on a and 2 on b's BN: both tied sets must keep it, and the tiny ones go.
        byte[] m = PruneGraphs.residualDepthwise((n, v) -> {
            if (n.equals("a_scale") || n.equals("b_scale") || n.equals("d_scale")) {
                Arrays.fill(v, 0.01f);
                v[6] = n.equals("a_scale") ? 5 : 0.001f;
                v[2] = -3; // |γ| counts
            }
        });
        PruneResult r = OnnxPruner.prune(m, "t.onnx", List.of(2, 2, 8, 6));
        assertEquals(List.of(2, 6), r.layers().get(0).kept());
        assertEquals(6, r.layers().get(3).width());
        assertEquals(List.of(0, 1, 2, 3, 4, 5), r.layers().get(3).kept());
    }

    @Test
    void prunedModelEqualsTheOriginalWithPrunedChannelsZeroed() throws Exception {
        PruneResult r = OnnxPruner.prune(MODEL, "t.onnx", List.of(3, 3, 8, 2));
        Set<Integer> keepAb = new HashSet<>(r.layers().get(0).kept()), keepE = new HashSet<>(r.layers().get(3).kept());
        byte[] zeroed = PruneGraphs.residualDepthwise((n, v) -> {
            Set<Integer> keep = n.startsWith("e_") ? keepE : keepAb;
            if (n.endsWith("_scale") || n.endsWith("_beta")) for (int c = 0; c < v.length; c++) if (!keep.contains(c)) v[c] = 0;
        });
        OrtRun.Output pruned = OrtRun.run(r.onnx(), PruneGraphs.CIN, PruneGraphs.SIZE).get(0);
        OrtRun.Output full = OrtRun.run(zeroed, PruneGraphs.CIN, PruneGraphs.SIZE).get(0);
        assertArrayEquals(new long[]{1, 5}, pruned.shape());
        assertArrayEquals(full.values(), pruned.values(), 1e-4f);
        OrtRun.Output original = OrtRun.run(MODEL, PruneGraphs.CIN, PruneGraphs.SIZE).get(0);
        assertTrue(Math.abs(original.values()[0] - pruned.values()[0]) > 1e-6, "pruning changed something");
    }

    @Test
    void floatDataInitializersPruneLikeRawData() throws Exception {
        byte[] floatData = PruneGraphs.asFloatData(MODEL);
        assertTrue(!Arrays.equals(floatData, MODEL) && OnnxGraphReader.read(floatData).initializers().get("a_w").floats() != null);
        PruneResult a = OnnxPruner.prune(MODEL, "raw.onnx", List.of(3, 3, 8, 2));
        PruneResult b = OnnxPruner.prune(floatData, "float.onnx", List.of(3, 3, 8, 2));
        assertEquals(a.layers(), b.layers());
        assertArrayEquals(OrtRun.run(a.onnx(), 4, 8).get(0).values(), OrtRun.run(b.onnx(), 4, 8).get(0).values(), 1e-6f);
    }

    @Test
    void fullWidthsCopyTheFileUnchanged() {
        PruneResult r = OnnxPruner.prune(MODEL, "t.onnx", List.of(8, 8, 8, 6));
        assertArrayEquals(MODEL, r.onnx());
    }

    @Test
    void convsReachingAGraphOutputStayWholeAndSaySo() {
        byte[] module = OnnxExport.layerModule(new io.evolp.core.LayerConfig(8, 4, 8, 3, 3, 1, 1, 1, 1, false, 1), 2);
        PruneResult r = OnnxPruner.prune(module, "m.onnx", List.of(2, 2));
        assertEquals(List.of(8, 8), r.widths());
        assertTrue(r.layers().get(0).note().contains("graph output"), r.layers().get(0).note());
        assertTrue(r.notes().get(0).contains("kept whole"), r.notes().toString());
    }

    @Test
    void corruptOrMismatchedInputIsAClearMessage() {
        byte[] truncated = Arrays.copyOf(MODEL, MODEL.length / 2);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> OnnxPruner.prune(truncated, "t.onnx", List.of(1)));
        assertTrue(e.getMessage().contains("t.onnx") && e.getMessage().contains("truncated"), e.getMessage());
        InvalidInputException w = assertThrows(InvalidInputException.class, () -> OnnxPruner.prune(MODEL, "t.onnx", List.of(1, 2)));
        assertTrue(w.getMessage().contains("2 convs but the model has 4"), w.getMessage());
    }
}
