package io.evolp.predict.features;

import io.evolp.core.LayerConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class LayerFeaturesTest {

    private static double get(double[] f, String name) {
        return f[LayerFeatures.NAMES.indexOf(name)];
    }

    @Test
    void denseLayerFeatures() {
        LayerConfig c = new LayerConfig(56, 30, 68, 3, 1, 2, 1, 1, 0, false, 1);
        double[] f = LayerFeatures.of(c);
        assertEquals(LayerFeatures.COUNT, f.length);
        assertEquals(56, get(f, "input_size"));
        assertEquals(3, get(f, "kh"));
        assertEquals(1, get(f, "kw"));
        assertEquals(2, get(f, "sh"));
        assertEquals(1, get(f, "sw"));
        assertEquals(1, get(f, "ph"));
        assertEquals(0, get(f, "pw"));
        assertEquals(0, get(f, "depthwise"));
        assertEquals(c.outputHeight(), get(f, "output_size"));
        assertEquals(c.macs(), get(f, "macs"));
        assertEquals(c.params(), get(f, "params"));
        assertEquals(2, get(f, "cin_mod4"));
        assertEquals(30, get(f, "cin_mod32"));
        assertEquals(4, get(f, "cout_mod8"));
        assertEquals(1, get(f, "groups_mod4"));
        assertEquals(32.0 / 30, get(f, "cin_pad8"), 1e-12);
        assertEquals(96.0 / 68, get(f, "cout_pad32"), 1e-12);
        assertEquals(56.0 * 56 * 30, get(f, "input_elements"));
        assertEquals((double) c.outputHeight() * c.outputWidth() * 68, get(f, "output_elements"));
    }

    @Test
    void memoryFeaturesAreAppendedAndFollowTheirChannelGroup() {
        assertEquals(LayerFeatures.NAMES.subList(0, LayerFeatures.VERSION1_COUNT).size(), 30);
        assertEquals(List.of("input_elements", "output_elements"),
                LayerFeatures.NAMES.subList(LayerFeatures.VERSION1_COUNT, LayerFeatures.COUNT));
        int[] g = LayerFeatures.groups();
        assertEquals(LayerFeatures.CIN, g[LayerFeatures.NAMES.indexOf("input_elements")]);
        assertEquals(LayerFeatures.COUT, g[LayerFeatures.NAMES.indexOf("output_elements")]);
        assertTrue(LayerFeatures.readable(LayerFeatures.NAMES.subList(0, LayerFeatures.VERSION1_COUNT)));
        assertTrue(LayerFeatures.readable(LayerFeatures.NAMES));
        assertFalse(LayerFeatures.readable(LayerFeatures.NAMES.subList(0, 29)));
        assertFalse(LayerFeatures.readable(List.of("cin")));
    }

    @Test
    void depthwiseFlagAndGroupResidues() {
        double[] f = LayerFeatures.of(LayerConfig.of(14, 514, 514, 3, 1, 1, 514));
        assertEquals(1, get(f, "depthwise"));
        assertEquals(514, get(f, "groups"));
        assertEquals(2, get(f, "groups_mod4"));
        assertEquals(2, get(f, "groups_mod16"));
    }

    @Test
    void fixedWithinKeyMatchesWhatChannelsChange() {
        for (boolean dw : new boolean[]{false, true}) {
            boolean[] fixed = LayerFeatures.fixedWithinKey(dw);
            LayerConfig a = dw ? LayerConfig.of(28, 36, 36, 3, 1, 1, 36) : LayerConfig.of(28, 36, 50, 3, 1, 1, 1);
            LayerConfig b = a.withChannels(71, 93);
            double[] fa = LayerFeatures.of(a), fb = LayerFeatures.of(b);
            for (int i = 0; i < fixed.length; i++) {
                if (fixed[i]) assertEquals(fa[i], fb[i], LayerFeatures.NAMES.get(i));
            }
        }
    }

    @Test
    void namesAreUniqueAndGroupsCoverThem() {
        assertEquals(LayerFeatures.COUNT, new java.util.HashSet<>(LayerFeatures.NAMES).size());
        assertEquals(LayerFeatures.COUNT, LayerFeatures.groups().length);
    }
}
