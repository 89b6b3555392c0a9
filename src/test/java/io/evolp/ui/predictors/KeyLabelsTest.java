package io.evolp.ui.predictors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeyLabelsTest {

    @Test
    void theLabelCarriesTheRowCountsBehindItsBars() {
        assertEquals("14/k3x3  n=12", KeyLabels.withN("14/k3x3", List.of(12, 12)));
        assertEquals("14/k3x3  n=12/30", KeyLabels.withN("14/k3x3", List.of(12, 30, 12)));
        assertEquals("14/k3x3", KeyLabels.withN("14/k3x3", List.of()));
    }
}
