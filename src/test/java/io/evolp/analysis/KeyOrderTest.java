package io.evolp.analysis;

import io.evolp.core.ConfigKey;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeyOrderTest {

    @Test
    void ordersByNumbersNotByLabelText() {
        List<ConfigKey> keys = new ArrayList<>(List.of(Rows.K112, Rows.K14, Rows.K7));
        keys.sort(KeyOrder.NUMERIC);
        assertEquals(List.of(Rows.K7, Rows.K14, Rows.K112), keys);
    }

    @Test
    void denseBeforeDepthwiseBeforeGroupedThenBias() {
        ConfigKey dense = ConfigKey.parse("14/k3x3/s1x1/p1x1/dense");
        ConfigKey denseBias = ConfigKey.parse("14/k3x3/s1x1/p1x1/dense/bias");
        ConfigKey dw = ConfigKey.parse("14/k3x3/s1x1/p1x1/dw");
        ConfigKey g2 = ConfigKey.parse("14/k3x3/s1x1/p1x1/g2");
        ConfigKey k5 = ConfigKey.parse("14/k5x5/s1x1/p1x1/dense");
        List<ConfigKey> keys = new ArrayList<>(List.of(k5, g2, dw, denseBias, dense));
        keys.sort(KeyOrder.NUMERIC);
        assertEquals(List.of(dense, denseBias, dw, g2, k5), keys);
    }
}
