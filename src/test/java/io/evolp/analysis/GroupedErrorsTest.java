package io.evolp.analysis;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static io.evolp.analysis.Rows.K14;
import static io.evolp.analysis.Rows.K7;
import static io.evolp.analysis.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

class GroupedErrorsTest {

    @Test
    void figuresOfEachGroupComputedByHand() {
        Table t = PredictionTable.of(List.of(
                row("gbt", "b", K7, 4, 1.1, 1.0),   // 10 %
                row("gbt", "b", K7, 4, 0.97, 1.0),  // 3 %
                row("gbt", "a", K14, 4, 4.0, 2.0),  // 100 %
                row("gbt", "b", K14, 4, 1.5, 1.0))); // 50 %
        Table g = GroupedErrors.by(t, List.of(PredictionTable.ARCHITECTURE), List.of());
        assertEquals(List.of("a", "b"), g.stringColumn(PredictionTable.ARCHITECTURE).asList());
        assertEquals(List.of(1, 3), g.intColumn(GroupedErrors.N).asList());
        // b: MAPE (10 + 3 + 50) / 3 = 21; ±5 %: 1 of 3; ±10 %: 2 of 3 (10 % is on the boundary); worst 50.
        assertEquals(100.0, g.doubleColumn(GroupedErrors.MAPE).getDouble(0), 1e-9);
        assertEquals(21.0, g.doubleColumn(GroupedErrors.MAPE).getDouble(1), 1e-9);
        assertEquals(100.0 / 3, g.doubleColumn(GroupedErrors.ACC5).getDouble(1), 1e-9);
        assertEquals(200.0 / 3, g.doubleColumn(GroupedErrors.ACC10).getDouble(1), 1e-9);
        assertEquals(0.0, g.doubleColumn(GroupedErrors.ACC10).getDouble(0), 1e-9);
        assertEquals(50.0, g.doubleColumn(GroupedErrors.WORST).getDouble(1), 1e-9);
    }

    @Test
    void rankColumnsOrderTheGroupsAndAreDropped() {
        Table t = PredictionTable.of(List.of(row("gbt", "a", K14, 4, 1, 1), row("gbt", "a", K7, 4, 1, 1)));
        Table g = GroupedErrors.by(t, List.of(PredictionTable.KEY), List.of(PredictionTable.KEY_RANK));
        assertEquals(List.of(K7.label(), K14.label()), g.stringColumn(PredictionTable.KEY).asList());
        assertEquals(List.of("key", "n", "mape", "acc5", "acc10", "worst"), g.columnNames());
    }

    @Test
    void anEmptyTableHasNoGroupsButAllColumns() {
        Table g = GroupedErrors.by(PredictionTable.of(List.of()), List.of(PredictionTable.KEY), List.of(PredictionTable.KEY_RANK));
        assertEquals(0, g.rowCount());
        assertEquals(List.of("key", "n", "mape", "acc5", "acc10", "worst"), g.columnNames());
    }
}
