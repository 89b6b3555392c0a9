package io.evolp.ui.predictors;

import io.evolp.analysis.MatrixCells.Cell;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeatColourTest {

    private static Cell cell(double mape, double acc10) {
        return new Cell("lut", "nano", "vgg16", 10, mape, acc10);
    }

    @Test
    void mapeRunsFromGreenAtZeroToRedAtThirtyPercentAndStaysRedBeyond() {
        assertEquals("hsb(120, 45%, 95%)", HeatColour.of(PredictorsModel.Metric.MAPE, cell(0, 100)));
        assertEquals("hsb(60, 45%, 95%)", HeatColour.of(PredictorsModel.Metric.MAPE, cell(15, 100)));
        assertEquals("hsb(0, 45%, 95%)", HeatColour.of(PredictorsModel.Metric.MAPE, cell(30, 100)));
        assertEquals(1.0, HeatColour.badness(PredictorsModel.Metric.MAPE, cell(250, 0)));
    }

    @Test
    void accuracyWithinTenPercentIsGreenWhenHighAndAMissingFigureCountsAsBad() {
        assertEquals("hsb(120, 45%, 95%)", HeatColour.of(PredictorsModel.Metric.ACC10, cell(99, 100)));
        assertEquals("hsb(30, 45%, 95%)", HeatColour.of(PredictorsModel.Metric.ACC10, cell(0, 25)));
        assertEquals(1.0, HeatColour.badness(PredictorsModel.Metric.ACC10, cell(0, Double.NaN)));
    }
}
