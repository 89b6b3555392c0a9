package io.evolp.analysis;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static io.evolp.analysis.Rows.K112;
import static io.evolp.analysis.Rows.K14;
import static io.evolp.analysis.Rows.K7;
import static io.evolp.analysis.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PredictionTableTest {

    @Test
    void carriesErrorTermsAndNumericRanks() {
        Table t = PredictionTable.of(List.of(
                row("gbt", "vgg", K112, 32, 1.1, 1.0),    // 10 % off: on the ±10 % boundary, counts
                row("gbt", "vgg", K7, 6, 0.96, 1.0),      // 4 %
                row("forest", "vgg", K14, 24, 2.0, 1.0))); // 100 %
        assertEquals(3, t.rowCount());
        assertEquals(List.of(10.0, 4.0, 100.0), round(t.doubleColumn(PredictionTable.APE).asList()));
        assertEquals(List.of(0.0, 100.0, 0.0), t.doubleColumn(PredictionTable.WITHIN5).asList());
        assertEquals(List.of(100.0, 100.0, 0.0), t.doubleColumn(PredictionTable.WITHIN10).asList());
        // Numeric key order: 7 < 14 < 112 (label order would put 112 first).
        assertEquals(List.of(2, 0, 1), t.intColumn(PredictionTable.KEY_RANK).asList());
        assertEquals(List.of(0, 0, 1), t.intColumn(PredictionTable.KIND_RANK).asList());
        assertEquals(List.of("cin%32=0", "cin%4!=0", "cin%8=0"), t.stringColumn(PredictionTable.RESIDUE).asList());
        assertEquals(K112.label(), t.stringColumn(PredictionTable.KEY).get(0));
    }

    @Test
    void emptyRowsGiveAnEmptyTableWithEveryColumn() {
        Table t = PredictionTable.of(List.of());
        assertEquals(0, t.rowCount());
        assertEquals(14, t.columnCount());
    }

    private static List<Double> round(List<Double> xs) {
        return xs.stream().map(x -> Math.round(x * 1e9) / 1e9).toList();
    }
}
