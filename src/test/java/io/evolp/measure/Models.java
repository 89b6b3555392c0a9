package io.evolp.measure;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;

import java.util.ArrayList;
import java.util.List;

/** A small VGG-like family ("toyvgg": five 3×3 convs) at chosen widths, for the source tests. */
public final class Models {

    static final int[] FULL = {32, 32, 64, 64, 128};

    private Models() {
    }

    public static ModelSpec toy(int... widths) {
        List<LayerConfig> convs = new ArrayList<>();
        List<Integer> w = new ArrayList<>();
        int size = 64, cin = 3;
        for (int i = 0; i < widths.length; i++) {
            convs.add(LayerConfig.of(size, cin, widths[i], 3, 1, 1, 1));
            cin = widths[i];
            w.add(widths[i]);
            if (i % 2 == 1) size /= 2;
        }
        return new ModelSpec("toyvgg", "toyvgg", w, convs, null, null);
    }
}
