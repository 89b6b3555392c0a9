package io.evolp.ui.predictors;

import io.evolp.analysis.MatrixCells.Cell;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Best per column and the matrix CSV, without a window. */
class MatrixCellsLogicTest {

    private static final Cell LUT_VGG = new Cell("lut", "tx2", "vgg16", 40, 4.0, 90.0);
    private static final Cell FLOPS_VGG = new Cell("flops", "tx2", "vgg16", 40, 12.0, 95.0);
    private static final Cell LUT_ALL = new Cell("lut", "tx2", "all", 80, 5.0, 80.0);
    private static final Cell FLOPS_ALL = new Cell("flops", "tx2", "all", 80, 5.0, 70.0);
    private static final Cell LUT_NANO = new Cell("lut", "nano", "mobilenet", 10, 30.0, 10.0);

    private static final List<Cell> CELLS = List.of(LUT_VGG, FLOPS_VGG, LUT_ALL, FLOPS_ALL, LUT_NANO);

    @Test
    void bestIsPerColumnAndPerMetricWithTiesAndLoneCellsUnmarked() {
        assertEquals(Set.of(LUT_VGG, LUT_ALL, FLOPS_ALL), BestCells.of(CELLS, PredictorsModel.Metric.MAPE),
                "lowest MAPE per column; a tie marks both; nano has one kind only: nothing compared, nothing marked");
        assertEquals(Set.of(FLOPS_VGG, LUT_ALL), BestCells.of(CELLS, PredictorsModel.Metric.ACC10), "highest ±10 % per column");
    }

    @Test
    void csvIsLongFormAtFullPrecisionWithTheBestFlagged() {
        List<List<String>> rows = MatrixCsv.rows(List.of(LUT_VGG, FLOPS_VGG, new Cell("lut", "tx2", "resnet50", 7, 1.0 / 3, 2.0 / 3)),
                PredictorsModel.Metric.MAPE);
        assertEquals(MatrixCsv.HEADER, rows.get(0));
        assertEquals(List.of("lut", "tx2", "vgg16", "40", "4.0", "90.0", "mape"), rows.get(1));
        assertEquals(List.of("flops", "tx2", "vgg16", "40", "12.0", "95.0", ""), rows.get(2));
        assertEquals(List.of("lut", "tx2", "resnet50", "7", String.valueOf(1.0 / 3), String.valueOf(2.0 / 3), ""), rows.get(3));
        assertEquals("lut on tx2 / all architectures", MatrixCsv.describe(LUT_ALL));
        assertEquals("lut on tx2 / vgg16", MatrixCsv.describe(LUT_VGG));
    }
}
