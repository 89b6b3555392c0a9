package io.evolp.analysis;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static io.evolp.analysis.Rows.K112;
import static io.evolp.analysis.Rows.K14;
import static io.evolp.analysis.Rows.K7;
import static io.evolp.analysis.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

class BreakdownTest {

    // Kinds in the order asked for: "lut" first although "gbt" sorts before it.
    private final Table rows = PredictionTable.of(List.of(
            row("lut", "vgg", K14, 32, 1.1, 1.0),   // 10 %
            row("lut", "vgg", K14, 6, 0.9, 1.0),    // 10 %
            row("lut", "res", K7, 8, 2.0, 1.0),     // 100 %
            row("lut", "res", K112, 16, 1.02, 1.0), // 2 %
            row("gbt", "vgg", K7, 8, 1.05, 1.0)));  // 5 %

    @Test
    void byKeyInNumericKeyOrderPerKind() {
        Table t = Breakdown.KEY.of(rows);
        assertEquals(List.of("lut", "lut", "lut", "gbt"), t.stringColumn("kind").asList());
        assertEquals(List.of(K7.label(), K14.label(), K112.label(), K7.label()), t.stringColumn("key").asList());
        assertEquals(List.of(1, 2, 1, 1), t.intColumn("n").asList());
        assertEquals(List.of(100.0, 10.0, 2.0, 5.0), rounded(t, "mape"));
        assertEquals(List.of(0.0, 100.0, 100.0, 100.0), rounded(t, "acc10"));
        assertEquals(List.of(0.0, 0.0, 100.0, 100.0), rounded(t, "acc5"));
    }

    @Test
    void byResidueInAlignmentOrderWithEmptyClassesLeftOut() {
        Table t = Breakdown.RESIDUE.of(rows).where(r -> r.stringColumn("kind").isEqualTo("lut"));
        // No lut row has a cin that is a multiple of 4 but not of 8: that class has no line.
        assertEquals(List.of("cin%32=0", "cin%16=0", "cin%8=0", "cin%4!=0"), t.stringColumn("residue").asList());
        assertEquals(List.of(10.0, 2.0, 100.0, 10.0), rounded(t, "mape"));
    }

    @Test
    void byArchitecture() {
        Table t = Breakdown.ARCHITECTURE.of(rows);
        assertEquals(List.of("res", "vgg", "vgg"), t.stringColumn("architecture").asList());
        assertEquals(List.of(51.0, 10.0, 5.0), rounded(t, "mape"));
        assertEquals("error by architecture", t.name());
    }

    private static List<Double> rounded(Table t, String col) {
        return t.doubleColumn(col).asList().stream().map(x -> Math.round(x * 1e6) / 1e6).toList();
    }
}
