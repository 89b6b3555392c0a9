package io.evolp.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.evolp.analysis.Rows.K7;
import static io.evolp.analysis.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatrixCellsTest {

    @Test
    void cellsAreTheMatrixRowsAsRecords() {
        List<MatrixCells.Cell> cells = MatrixCells.of(List.of(
                row("lut", "nano", "vgg", K7, 4, 1.2, 1.0),    // 20 %
                row("lut", "nano", "res", K7, 4, 1.05, 1.0),   // 5 %
                row("gbt", "tx2", "vgg", K7, 4, 0.5, 1.0)));   // 50 %
        assertEquals(5, cells.size());
        MatrixCells.Cell first = cells.get(0);
        assertEquals(new MatrixCells.Cell("lut", "nano", "res", 1, first.mape(), 100.0), first);
        assertEquals(5.0, first.mape(), 1e-9);
        MatrixCells.Cell lutAll = cells.get(2);
        assertTrue(lutAll.pooled());
        assertEquals(2, lutAll.n());
        assertEquals(12.5, lutAll.mape(), 1e-9);
        assertEquals(50.0, lutAll.acc10(), 1e-9);
        assertEquals(List.of("lut", "lut", "lut", "gbt", "gbt"), cells.stream().map(MatrixCells.Cell::kind).toList());
        assertFalse(cells.get(3).pooled());
        assertEquals(0.0, cells.get(3).acc10(), 1e-9);
    }

    @Test
    void noRowsNoCells() {
        assertEquals(List.of(), MatrixCells.of(List.of()));
    }
}
