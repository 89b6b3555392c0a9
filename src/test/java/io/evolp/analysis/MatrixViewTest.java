package io.evolp.analysis;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixViewTest {

    @Test
    void kindsSideBySideAndMissingCellsStayMissing() {
        Table w = MatrixView.wide(AccuracyMatrix.of(AccuracyMatrixTest.predictions()));
        assertEquals(List.of("device", "architecture", "lut mape", "lut acc10", "gbt mape", "gbt acc10"), w.columnNames());
        assertEquals(List.of("nano", "nano", "nano", "tx2", "tx2"), w.stringColumn("device").asList());
        assertEquals(List.of("res", "vgg", "all", "vgg", "all"), w.stringColumn("architecture").asList());
        assertEquals(5.0, w.doubleColumn("lut mape").getDouble(0), 1e-9);
        assertEquals(20.0, w.doubleColumn("lut mape").getDouble(1), 1e-9);
        assertEquals(10.0, w.doubleColumn("gbt mape").getDouble(1), 1e-9);
        assertEquals(100.0, w.doubleColumn("gbt acc10").getDouble(1), 1e-9);
        // gbt never ran on res or tx2: those cells are missing, not zero.
        assertTrue(w.doubleColumn("gbt mape").isMissing(0));
        assertTrue(w.doubleColumn("gbt mape").isMissing(3));
    }

    @Test
    void anEmptyMatrixHasOnlyTheRowColumns() {
        Table w = MatrixView.wide(AccuracyMatrix.of(PredictionTable.of(List.of())));
        assertEquals(0, w.rowCount());
        assertEquals(List.of("device", "architecture"), w.columnNames());
    }
}
