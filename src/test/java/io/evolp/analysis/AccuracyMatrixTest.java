package io.evolp.analysis;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static io.evolp.analysis.Rows.K7;
import static io.evolp.analysis.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AccuracyMatrixTest {

    static Table predictions() {
        return PredictionTable.of(List.of(
                row("lut", "nano", "vgg", K7, 4, 1.2, 1.0),  // 20 %
                row("lut", "nano", "res", K7, 4, 1.0, 1.0),  // 0 %
                row("lut", "nano", "res", K7, 4, 1.1, 1.0),  // 10 %
                row("lut", "tx2", "vgg", K7, 4, 1.5, 1.0),   // 50 %
                row("gbt", "nano", "vgg", K7, 4, 0.9, 1.0)));  // 10 %
    }

    @Test
    void oneCellPerKindDeviceArchitecturePlusThePooledDevice() {
        Table m = AccuracyMatrix.of(predictions());
        assertEquals(List.of("lut", "lut", "lut", "lut", "lut", "gbt", "gbt"), m.stringColumn("kind").asList());
        assertEquals(List.of("nano", "nano", "nano", "tx2", "tx2", "nano", "nano"), m.stringColumn("device").asList());
        assertEquals(List.of("res", "vgg", "all", "vgg", "all", "vgg", "all"), m.stringColumn("architecture").asList());
        assertEquals(List.of(2, 1, 3, 1, 1, 1, 1), m.intColumn("n").asList());
        // lut on nano, all: (20 + 0 + 10) / 3 = 10 % MAPE; ±10 %: 2 of 3.
        assertEquals(10.0, m.doubleColumn("mape").getDouble(2), 1e-9);
        assertEquals(200.0 / 3, m.doubleColumn("acc10").getDouble(2), 1e-9);
        assertEquals(5.0, m.doubleColumn("mape").getDouble(0), 1e-9);
    }

    @Test
    void emptyPredictionsGiveAnEmptyMatrix() {
        Table m = AccuracyMatrix.of(PredictionTable.of(List.of()));
        assertEquals(0, m.rowCount());
        assertEquals(List.of("kind", "device", "architecture", "n", "mape", "acc5", "acc10", "worst"), m.columnNames());
    }
}
