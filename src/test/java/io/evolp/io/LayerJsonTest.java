package io.evolp.io;

import io.evolp.core.LayerConfig;
import io.evolp.core.ModelSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LayerJsonTest {

    private final LayerConfig square = new LayerConfig(56, 64, 32, 3, 3, 1, 1, 1, 1, false, 1);
    private final LayerConfig oblong = new LayerConfig(17, 8, 8, 1, 7, 2, 1, 0, 3, true, 8);

    @Test
    void theCompactShapeWritesSquarePairsAsOneNumber() {
        assertEquals("{\"input_size\":56,\"cin\":64,\"cout\":32,\"k\":3,\"s\":1,\"p\":1,\"groups\":1,\"bias\":false}",
                LayerJson.compact(square).toString());
        assertEquals("{\"input_size\":17,\"cin\":8,\"cout\":8,\"k\":[1,7],\"s\":[2,1],\"p\":[0,3],\"groups\":8,\"bias\":true}",
                LayerJson.compact(oblong).toString());
    }

    @Test
    void theFlatShapeReadsLikeACsvRow() {
        assertEquals("{\"input_size\":17,\"cin\":8,\"cout\":8,\"kh\":1,\"kw\":7,\"sh\":2,\"sw\":1,\"ph\":0,\"pw\":3,"
                + "\"bias\":true,\"groups\":8}", LayerJson.flat(oblong).toString());
    }

    @Test
    void aModelWrittenInTheCompactShapeReadsBackAsTheSameLayers(@TempDir Path dir) throws Exception {
        ModelSpec m = ModelSpec.explicit("two-convs", List.of(square, oblong));
        Path f = dir.resolve("m.json");
        ModelJson.write(m, f);
        assertEquals(List.of(square, oblong), ModelJson.read(f).get(0).convs());
    }
}
