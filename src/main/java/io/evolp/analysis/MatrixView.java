package io.evolp.analysis;

import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static tech.tablesaw.aggregate.AggregateFunctions.mean;

/**
 * The accuracy matrix as people read it: one row per device and architecture, and for each
 * predictor kind its MAPE and ±10 % accuracy side by side (two Tablesaw pivots joined on the row).
 * A cell with no rows is missing (empty in CSV, blank when printed), never a made-up zero.
 */
public final class MatrixView {

    private static final String ROW = "row";
    private static final String SEP = "\u001f";

    private MatrixView() {
    }

    /** Pivots an {@link AccuracyMatrix} table; kinds in the matrix's order, rows by device then architecture ("all" last). */
    public static Table wide(Table matrix) {
        if (matrix.rowCount() == 0) {
            return Table.create("accuracy matrix (no cells)", StringColumn.create(PredictionTable.DEVICE),
                    StringColumn.create(PredictionTable.ARCHITECTURE));
        }
        Table m = matrix.copy();
        m.addColumns(m.stringColumn(PredictionTable.DEVICE).join(SEP, m.stringColumn(PredictionTable.ARCHITECTURE)).setName(ROW));
        Set<String> kinds = new LinkedHashSet<>(m.stringColumn(PredictionTable.KIND).asList());
        Table mape = suffixed(m.pivot(ROW, PredictionTable.KIND, GroupedErrors.MAPE, mean), GroupedErrors.MAPE);
        Table acc10 = suffixed(m.pivot(ROW, PredictionTable.KIND, GroupedErrors.ACC10, mean), GroupedErrors.ACC10);
        Table joined = mape.joinOn(ROW).inner(acc10);
        StringColumn rows = joined.stringColumn(ROW);
        StringColumn device = rows.map(s -> s.split(SEP, -1)[0]).setName(PredictionTable.DEVICE);
        StringColumn arch = rows.map(s -> s.split(SEP, -1)[1]).setName(PredictionTable.ARCHITECTURE);
        joined.addColumns(device, arch);
        List<String> order = new ArrayList<>(List.of(PredictionTable.DEVICE, PredictionTable.ARCHITECTURE));
        for (String k : kinds) {
            order.add(k + " " + GroupedErrors.MAPE);
            order.add(k + " " + GroupedErrors.ACC10);
        }
        Comparator<Row> byRow = Comparator.<Row, String>comparing(r -> r.getString(PredictionTable.DEVICE))
                .thenComparing(r -> r.getString(PredictionTable.ARCHITECTURE).equals(AccuracyMatrix.ALL) ? 1 : 0)
                .thenComparing(r -> r.getString(PredictionTable.ARCHITECTURE));
        return joined.sortOn(byRow).selectColumns(order.toArray(String[]::new))
                .setName("accuracy matrix (MAPE %, ±10 % accuracy %)");
    }

    private static Table suffixed(Table pivot, String metric) {
        for (String name : pivot.columnNames()) {
            if (!name.equals(ROW)) pivot.column(name).setName(name + " " + metric);
        }
        return pivot;
    }
}
